using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Tasks;
using Facilitation.Domain.Time;
using static Facilitation.Domain.Tests.Rooms.Rooms;

namespace Facilitation.Domain.Tests.Rooms;

public class BookingTaskPlanTests
{
    private static readonly BookingTaskTimes Times = new();
    private static readonly TaskDeadlines Deadlines = new();

    [Fact]
    public void A_members_booking_needs_a_set_up_before_and_a_cleaning_after_but_no_welcome()
    {
        var plan = BookingTaskPlan.For(Booking(At(10), At(12), BookingKind.Member), "Salle Vanves", "salle-vanves", Times, Deadlines);

        Assert.Equal(["setup", "cleaning"], plan.Select(t => t.Key));
        var setup = plan[0];
        Assert.Equal((TaskKind.Logistics, TaskPriority.Normal, "salle-vanves"), (setup.Kind, setup.Priority, setup.Place));
        Assert.Equal("Installer Salle Vanves : Atelier compta (8 pers.)", setup.Title);
        Assert.Equal((At(9, 15), At(9, 45)), (setup.AppearsAt, setup.DueAt));
        var cleaning = plan[1];
        Assert.Equal((TaskKind.Cleaning, At(12), At(13)), (cleaning.Kind, cleaning.AppearsAt, cleaning.DueAt));
        Assert.Equal("Ranger et nettoyer Salle Vanves après : Atelier compta", cleaning.Title);
    }

    [Theory]
    [InlineData(BookingKind.Client, false)]
    [InlineData(BookingKind.Event, false)]
    [InlineData(BookingKind.Privatisation, false)]
    [InlineData(BookingKind.Member, true)]
    public void Outside_guests_get_a_welcome_of_high_priority_before_the_start(BookingKind kind, bool outsideGuests)
    {
        var plan = BookingTaskPlan.For(Booking(At(10), At(12), kind, outsideGuests), "Salle Vanves", "salle-vanves", Times, Deadlines);

        var welcome = Assert.Single(plan, t => t.Key == "welcome");
        Assert.Equal((TaskKind.Welcome, TaskPriority.High), (welcome.Kind, welcome.Priority));
        Assert.Equal((At(9, 45), At(9, 55)), (welcome.AppearsAt, welcome.DueAt));
        Assert.Equal("Accueillir les invités de Nadia Benali : Atelier compta (Salle Vanves)", welcome.Title);
    }

    [Fact]
    public void The_sites_lead_times_and_deadlines_are_used()
    {
        var times = new BookingTaskTimes { SetupBefore = TimeSpan.FromMinutes(60), WelcomeBefore = TimeSpan.FromMinutes(5), CleaningAfter = TimeSpan.FromMinutes(10) };
        var deadlines = new TaskDeadlines { LogisticsNormal = TimeSpan.FromMinutes(20), WelcomeHigh = TimeSpan.FromMinutes(3), CleaningNormal = TimeSpan.FromMinutes(40) };

        var plan = BookingTaskPlan.For(Booking(At(10), At(12), BookingKind.Client), "Salle Vanves", "salle-vanves", times, deadlines).ToDictionary(t => t.Key);

        Assert.Equal((At(9), At(9, 20)), (plan["setup"].AppearsAt, plan["setup"].DueAt));
        Assert.Equal((At(9, 55), At(9, 58)), (plan["welcome"].AppearsAt, plan["welcome"].DueAt));
        Assert.Equal((At(12, 10), At(12, 50)), (plan["cleaning"].AppearsAt, plan["cleaning"].DueAt));
    }

    [Fact]
    public void A_whole_site_privatisation_is_set_up_at_the_entrance_without_one_rooms_head_count()
    {
        var block = Booking(At(18), At(23), BookingKind.Privatisation) with { SiteWide = true };

        var plan = BookingTaskPlan.For(block, "le site", "entrance", Times, Deadlines).ToDictionary(t => t.Key);

        Assert.Equal("Installer le site : Atelier compta", plan["setup"].Title);
        Assert.All(plan.Values, t => Assert.Equal("entrance", t.Place));
        Assert.Equal(["cleaning", "setup", "welcome"], plan.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_cancelled_booking_plans_nothing()
    {
        var cancelled = Booking(At(10), At(12), BookingKind.Client) with { Status = BookingStatus.Cancelled };

        Assert.Empty(BookingTaskPlan.For(cancelled, "Salle Vanves", "salle-vanves", Times, Deadlines));
    }

    [Fact]
    public void On_the_night_clocks_go_forward_the_set_up_appears_45_real_minutes_before()
    {
        // Sunday 29 March 2026: 02:00 does not exist in Paris; 03:00 local is 01:00 UTC.
        var start = Paris.FromLocal(new DateTime(2026, 3, 29, 3, 0, 0));
        var plan = BookingTaskPlan.For(Booking(start, start.AddHours(2), BookingKind.Member), "Salle Vanves", "salle-vanves", Times, Deadlines);

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 15, 0, TimeSpan.Zero), plan[0].AppearsAt);
        Assert.Equal("01:15", Paris.ToLocal(plan[0].AppearsAt).ToString("HH:mm"));
    }

    [Fact]
    public void On_the_night_clocks_go_back_the_cleaning_appears_when_the_booking_ends()
    {
        // Sunday 25 October 2026: 02:00–03:00 happens twice; a booking 01:00 to 04:00 local lasts 4 hours.
        var start = Paris.FromLocal(new DateTime(2026, 10, 25, 1, 0, 0));
        var end = Paris.FromLocal(new DateTime(2026, 10, 25, 4, 0, 0));
        var plan = BookingTaskPlan.For(Booking(start, end, BookingKind.Member), "Salle Vanves", "salle-vanves", Times, Deadlines).ToDictionary(t => t.Key);

        Assert.Equal(TimeSpan.FromHours(4), end - start);
        Assert.Equal(end, plan["cleaning"].AppearsAt);
        Assert.Equal(new DateTimeOffset(2026, 10, 24, 22, 15, 0, TimeSpan.Zero), plan["setup"].AppearsAt);
    }

    [Fact]
    public void A_source_names_the_room_and_the_booking_or_the_privatisation()
    {
        var booking = Booking(At(10), At(12), BookingKind.Event);

        Assert.Equal($"booking:salle-vanves:{booking.Id}", BookingTaskPlan.Source(booking));
        Assert.Equal(TaskOrigin.Event, BookingTaskPlan.Origin(booking));
        Assert.Equal($"privatisation:{booking.Id}", BookingTaskPlan.Source(booking with { SiteWide = true, Kind = BookingKind.Privatisation }));
        Assert.Equal(TaskOrigin.RoomBooking, BookingTaskPlan.Origin(booking with { Kind = BookingKind.Client }));
    }

    /// <summary>Any start in 2026 (both clock changes included), any length: the times are exact instants from the booking's.</summary>
    [Property(MaxTest = 300)]
    public Property Plan_times_are_right_for_any_booking() =>
        Prop.ForAll(
            (from minute in Gen.Choose(0, 365 * 24 * 4 - 1)
             from quarters in Gen.Choose(1, 96)
             from kind in Gen.Choose(0, 3)
             from outside in Gen.Elements(true, false)
             select (minute, quarters, kind, outside)).ToArbitrary(),
            g =>
            {
                var start = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(15 * g.minute);
                var booking = Booking(start, start.AddMinutes(15 * g.quarters), (BookingKind)g.kind, g.outside);
                var plan = BookingTaskPlan.For(booking, "Salle Vanves", "salle-vanves", Times, Deadlines).ToDictionary(t => t.Key);

                Assert.Equal(start - TimeSpan.FromMinutes(45), plan["setup"].AppearsAt);
                Assert.Equal(plan["setup"].AppearsAt + Deadlines.LogisticsNormal, plan["setup"].DueAt);
                Assert.Equal(booking.Range.End, plan["cleaning"].AppearsAt);
                Assert.Equal(booking.Range.End + Deadlines.CleaningNormal, plan["cleaning"].DueAt);
                Assert.Equal(booking.ExpectsOutsideGuests, plan.ContainsKey("welcome"));
                if (plan.TryGetValue("welcome", out var welcome))
                    Assert.Equal((start - TimeSpan.FromMinutes(15), start - TimeSpan.FromMinutes(5)), (welcome.AppearsAt, welcome.DueAt));
                Assert.All(plan.Values, t => Assert.True(t.AppearsAt < t.DueAt));
            });

    private static Booking Booking(DateTimeOffset start, DateTimeOffset end, BookingKind kind, bool outsideGuests = false) =>
        new(BookingId.New(), "salle-vanves", new TimeRange(start, end), kind, "Atelier compta", "Nadia Benali", 8, outsideGuests,
            new PersonId("aurelien"), BookingStatus.Live, false, 1);
}
