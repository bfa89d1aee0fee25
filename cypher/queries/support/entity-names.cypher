// support: entity-names — every entity with its names, labels and aliases. The C# library reads this once to resolve
// typed names (normalised keys, Arabic clitics, spelling suggestions) the same way as on the embedded store.
//
// Parameters: none.
//
// Example (cypher-shell):
//   (no parameters)
MATCH (e:Entity)
RETURN e.id AS id, e.name AS name, e.type AS type, e.labels_en AS labelEn, e.labels_ar AS labelAr,
       coalesce(e.aliases, []) AS aliases
ORDER BY id
