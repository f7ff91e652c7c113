namespace Facilitation.Actors.Tests.Cluster;

/// <summary>One request the fake Kubernetes API server received, as it arrived.</summary>
/// <param name="Path">The request path, e.g. <c>/api/v1/namespaces/test/pods</c>.</param>
/// <param name="RawQuery">The query string exactly as sent, e.g. <c>?labelSelector=app%3Dfacilitation</c>.</param>
/// <param name="LabelSelector">The decoded <c>labelSelector</c> parameter, or null.</param>
/// <param name="Authorization">The Authorization header, or null.</param>
public sealed record PodListRequest(string Path, string RawQuery, string? LabelSelector, string? Authorization);
