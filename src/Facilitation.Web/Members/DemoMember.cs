using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;

namespace Facilitation.Web.Members;

/// <summary>One demo member of a site, checked: their plan, the resident desk they are given, the units left on their pass.</summary>
public sealed record DemoMember(PersonId Id, string Name, PlanKind Plan, string? Desk, int? PassUnits);
