namespace GeoGraph.Queries.Results;

/// <summary>The tone between two entities in one month.</summary>
/// <param name="Month"><c>yyyy-MM</c> of the statement time (qualifier time, else article date); <c>yyyy</c> when only the year is known.</param>
/// <param name="Cooperative">Statements of the cooperative family.</param>
/// <param name="Conflictual">Statements of the conflictual family.</param>
/// <param name="Tone">(cooperative − conflictual) / (cooperative + conflictual), from −1 (all conflict) to 1 (all cooperation).</param>
public sealed record ToneMonth(string Month, long Cooperative, long Conflictual, double Tone);
