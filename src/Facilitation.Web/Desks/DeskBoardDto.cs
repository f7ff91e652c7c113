namespace Facilitation.Web.Desks;

/// <summary>Every desk of a site now, the counts per floor, and the building's count against its capacity.</summary>
public sealed record DeskBoardDto(string Site, int Count, int Capacity, IReadOnlyList<FloorDto> Floors, IReadOnlyList<DeskDto> Desks);
