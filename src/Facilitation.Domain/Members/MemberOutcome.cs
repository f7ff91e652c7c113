namespace Facilitation.Domain.Members;

/// <summary>The answer to a membership command: the member as they now are, and what it charged.</summary>
public sealed record MemberOutcome(MemberEntry Member, int Charged);
