using System.Globalization;
using Akka.Actor;
using Akka.Hosting;
using Facilitation.Actors.Rooms;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Paging;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Sites;
using Facilitation.Web.Api;
using Facilitation.Web.Sites;
using Facilitation.Web.Texts;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Rooms;

/// <summary>The rooms and their day; book, move and cancel a room.</summary>
public static class RoomEndpoints
{
    public sealed record BookRoom(
        string? CommandId, string? Start, string? End, string? Kind, string? Title, string? Holder, int? Guests, bool? OutsideGuests);

    public sealed record MoveBooking(string? CommandId, string? Start, string? End);

    public sealed record BookingCommand(string? CommandId);

    public static IEndpointRouteBuilder MapRooms(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/sites/{site}/rooms").WithTags("Rooms").RequireAuthorization();
        group.MapGet("/", Day);
        group.MapGet("/{room}/bookings", RoomDay);
        group.MapPost("/{room}/bookings", Book);
        group.MapPost("/{room}/bookings/{booking}/move", Move);
        group.MapPost("/{room}/bookings/{booking}/cancel", Cancel);
        return app;
    }

    private static async Task<IResult> Day(
        string site, string? date, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (!TryDay(date, found, clock, out var day)) return BadDate();
        try
        {
            var days = await Task.WhenAll(found.Rooms.Select(r => DayOf(found, r, day, rooms.ActorRef, settings.Value.AskTimeout)));
            var opening = found.Opening.FirstOrDefault(o => o.Day == day.DayOfWeek);
            return Results.Ok(new RoomsDayDto(found.Id.Value, Iso(day), found.TimeZone.Id, opening?.Opens.ToString("HH:mm", CultureInfo.InvariantCulture),
                opening?.Closes.ToString("HH:mm", CultureInfo.InvariantCulture), days));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    private static async Task<IResult> RoomDay(
        string site, string room, string? date, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out _, out var refusal)) return refusal;
        if (found.FindRoom(room) is not { } known) return RoomNotFound();
        if (!TryDay(date, found, clock, out var day)) return BadDate();
        try
        {
            return Results.Ok(await DayOf(found, known, day, rooms.ActorRef, settings.Value.AskTimeout));
        }
        catch (AskTimeoutException)
        {
            return Problems.Problems.Unavailable(context, "timeout");
        }
    }

    private static async Task<IResult> Book(
        string site, string room, BookRoom? body, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms, IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (found.FindRoom(room) is not { } known) return RoomNotFound();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        BookingTimes.TryRead(body.Start, body.End, found, errors, fr, out var start, out var end);
        if (!BookingNames.TryParseKind(body.Kind, out var kind))
            errors.Add("kind", fr ? "Type attendu : member, client, event ou privatisation." : "Expected kind: member, client, event or privatisation.");
        BookingTimes.RequireText(body.Title, "title", Booking.MaxTitleLength, errors, fr);
        BookingTimes.RequireText(body.Holder, "holder", Booking.MaxHolderLength, errors, fr);
        BookingTimes.RequireGuests(body.Guests, known.Capacity, errors, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new RoomCommands.Book(new CommandId(body.CommandId!), caller, BookingId.New(), start, end, kind,
            body.Title!.Trim(), body.Holder!.Trim(), body.Guests!.Value, body.OutsideGuests ?? false, SiteWide: false, clock.GetUtcNow());
        var result = await RoomOutcome.Ask(rooms.ActorRef, new RoomMessages.Execute(found.Id, known.Id, command), settings.Value.AskTimeout);
        return RoomOutcome.From(context, found, result, dto => Results.Created($"/api/sites/{found.Id}/rooms/{known.Id}/bookings/{dto.Id}", dto));
    }

    private static async Task<IResult> Move(
        string site, string room, string booking, MoveBooking? body, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (found.FindRoom(room) is not { } known) return RoomNotFound();
        if (!BookingId.TryParse(booking, out var id)) return BookingNotFound();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        BookingTimes.TryRead(body.Start, body.End, found, errors, fr, out var start, out var end);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new RoomCommands.Move(new CommandId(body.CommandId!), caller, id, start, end, clock.GetUtcNow());
        return RoomOutcome.From(context, found, await RoomOutcome.Ask(rooms.ActorRef, new RoomMessages.Execute(found.Id, known.Id, command), settings.Value.AskTimeout));
    }

    private static async Task<IResult> Cancel(
        string site, string room, string booking, BookingCommand? body, HttpContext context, SiteCatalog sites, IRequiredActor<RoomRegion> rooms,
        IOptions<ApiSettings> settings, TimeProvider clock)
    {
        if (!SiteAccess.TryResolve(context, sites, site, out var found, out var caller, out var refusal)) return refusal;
        if (found.FindRoom(room) is not { } known) return RoomNotFound();
        if (!BookingId.TryParse(booking, out var id)) return BookingNotFound();
        var fr = French;
        if (body is null) return RequestErrors.EmptyBody(fr);
        var errors = new RequestErrors();
        errors.RequireCommandId(body.CommandId, fr);
        if (errors.Any) return Problems.Problems.Invalid(errors.ToDictionary());

        var command = new RoomCommands.Cancel(new CommandId(body.CommandId!), caller, id, SiteWide: false, clock.GetUtcNow());
        return RoomOutcome.From(context, found, await RoomOutcome.Ask(rooms.ActorRef, new RoomMessages.Execute(found.Id, known.Id, command), settings.Value.AskTimeout));
    }

    /// <summary>The room's live bookings that day, read from the room a page at a time.</summary>
    private static async Task<RoomDayDto> DayOf(Site site, Room room, DateOnly day, IActorRef rooms, TimeSpan timeout)
    {
        var span = site.Calendar.SpanOf(day);
        var live = await PagedReads.All(after => rooms.Ask<Page<Booking>>(new RoomMessages.GetDay(site.Id, room.Id, span, after), timeout));
        var bookings = live.Select(b => BookingDto.From(b, site)).ToList();
        return new RoomDayDto(room.Id, room.Name, BookingNames.Of(room.Kind), room.Floor, room.Capacity, bookings);
    }

    /// <summary>A day written yyyy-MM-dd; today in the site's time zone when none is given.</summary>
    private static bool TryDay(string? text, Site site, TimeProvider clock, out DateOnly day)
    {
        if (text is null)
        {
            day = site.Calendar.DayOf(clock.GetUtcNow());
            return true;
        }
        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day) && day.Year is >= 2000 and <= 2999;
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static IResult BadDate() => Problems.Problems.Invalid(new Dictionary<string, string[]>
    {
        ["date"] = [French ? "Une date de la forme 2026-12-07." : "A date such as 2026-12-07."],
    });

    public static IResult RoomNotFound() =>
        Problems.Problems.NotFound(RoomRejectionCodes.RoomNotFound, "Ce site n'a pas de salle de ce nom.", "This site has no room by that id.");

    public static IResult BookingNotFound() =>
        Problems.Problems.NotFound(RoomRejectionCodes.NotFound, "Aucune réservation ne porte cet identifiant dans cette salle.", "No booking of this room has this id.");

    private static bool French => Durations.IsFrench(CultureInfo.CurrentUICulture);
}
