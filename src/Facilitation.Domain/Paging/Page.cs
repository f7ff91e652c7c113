namespace Facilitation.Domain.Paging;

/// <summary>
/// A bounded piece of a list that grows with a site's history, as an entity answers it to a caller
/// that may be on another node: at most a fixed number of items, in the list's order; how many
/// there are in all; and the cursor that asks for the next piece (null on the last). A message
/// between nodes must stay under Akka remoting's frame (128,000 bytes), so an entity answers a page,
/// never its whole state: each list sets its page size for its largest possible item.
/// </summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, string? Next);
