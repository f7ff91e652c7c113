using Facilitation.Domain.Ids;

namespace Facilitation.Domain.Members;

/// <summary>A command already applied: what it was, about whom, and the units it charged.</summary>
public sealed record HandledMemberCommand(string Fingerprint, PersonId Member, int Charged);
