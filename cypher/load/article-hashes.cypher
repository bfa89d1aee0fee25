// The stored text hash of each given article id that is already in the graph. The loader skips articles whose hash
// is unchanged and replaces the statements of articles whose hash differs. Parameter: $ids, a list of article ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.text_hash AS text_hash
