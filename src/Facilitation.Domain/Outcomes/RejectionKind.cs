namespace Facilitation.Domain.Outcomes;

public enum RejectionKind
{
    /// <summary>The thing does not exist (HTTP 404).</summary>
    NotFound,

    /// <summary>The state forbids the move (HTTP 409).</summary>
    Conflict,

    /// <summary>The caller may not do this (HTTP 403).</summary>
    Forbidden,

    /// <summary>The request itself is wrong (HTTP 400).</summary>
    Invalid,
}
