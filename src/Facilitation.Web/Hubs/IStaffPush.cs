namespace Facilitation.Web.Hubs;

/// <summary>A message the staff hub pushes: its <see cref="Type"/> is what the pages switch on ("task-changed").</summary>
public interface IStaffPush
{
    string Type { get; }
}
