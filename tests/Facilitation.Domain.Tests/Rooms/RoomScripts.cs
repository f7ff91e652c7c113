using FsCheck;
using FsCheck.Fluent;

namespace Facilitation.Domain.Tests.Rooms;

/// <summary>FsCheck's source of random days of one room: up to 80 steps, mostly bookings, in a crowded two-day window.</summary>
public static class RoomScripts
{
    public static Arbitrary<RoomStep[]> Scripts() => Arb.From(Script);

    public static Gen<RoomStep[]> Script =>
        from count in Gen.Choose(1, 80)
        from steps in Step.ArrayOf(count)
        select steps;

    private static Gen<RoomStep> Step =>
        from op in Gen.Frequency((6, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Constant(2)), (1, Gen.Constant(3)))
        from slot in Gen.Choose(0, 2 * 96 - 1)
        from quarters in Gen.Frequency((6, Gen.Choose(1, 16)), (1, Gen.Choose(17, 120)))
        from guests in Gen.Choose(-1, 12)
        from kind in Gen.Choose(0, 3)
        from coManager in Gen.Elements(true, false)
        from pick in Gen.Choose(0, 999)
        from minutes in Gen.Frequency((4, Gen.Choose(0, 15)), (1, Gen.Choose(16, 240)))
        select new RoomStep(op, slot, quarters, guests, kind, coManager, pick, minutes);
}
