namespace Facilitation.Domain.Sites;

public enum DeskKind
{
    /// <summary>A fixed desk assigned to one member (poste résident).</summary>
    Resident,

    /// <summary>A hot desk taken at check-in (poste nomade).</summary>
    Nomad,
}
