using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Ledger;

/// <summary>A publish command already applied, so that its retry returns the same shift.</summary>
public sealed record PublishRecord(string Fingerprint, ShiftId Shift);
