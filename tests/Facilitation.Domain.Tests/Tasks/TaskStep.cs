namespace Facilitation.Domain.Tests.Tasks;

/// <summary>
/// One generated step. The numbers are choices resolved against the board as it is when the step
/// runs (which task, whom), so that any list of steps is a valid script and shrinks well.
/// </summary>
/// <param name="Pick">Which task or earlier command.</param>
/// <param name="By">Who sends it (index into <see cref="TaskScript.Staff"/>; -1 is the task's holder, or the kiosk for a raise).</param>
/// <param name="Person">To whom a task is reassigned (index into the staff; -1 is its holder).</param>
/// <param name="Minutes">How far the clock moves before the step.</param>
/// <param name="Variant">A raise's kind, priority and whether its text is empty.</param>
public sealed record TaskStep(TaskStepKind Kind, int Pick, int By, int Person, int Minutes, int Variant)
{
    public const int TheHolderOrKiosk = -1;

    public override string ToString() => $"+{Minutes}min {Kind}(pick {Pick}, by {By}, person {Person}, variant {Variant})";
}
