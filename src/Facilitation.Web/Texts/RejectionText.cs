using System.Globalization;
using Facilitation.Domain.Desks;
using Facilitation.Domain.Ids;
using Facilitation.Domain.Members;
using Facilitation.Domain.Outcomes;
using Facilitation.Domain.Rooms;
using Facilitation.Domain.Presence;
using Facilitation.Domain.Sites;
using Facilitation.Domain.Tasks;
using Humanizer;

namespace Facilitation.Web.Texts;

/// <summary>A refusal as a sentence, in French or English, with its figures.</summary>
public static class RejectionText
{
    public static (string Title, string Detail) For(Rejection why, Site? site, CultureInfo culture)
    {
        var fr = Durations.IsFrench(culture);
        string Name(PersonId? person) => person is { } p ? site?.FindStaff(p)?.Name ?? p.Value : (fr ? "quelqu'un" : "someone");
        var would = why.Would is { } w ? Durations.Hours(w) : "";
        var limit = why.Limit is { } l ? Durations.Hours(l) : "";
        var day = why.Day is { } d ? d.ToDateTime(TimeOnly.MinValue).ToString(fr ? "dddd d MMMM" : "dddd d MMMM", culture) : "";
        var room = why.Room is { } r ? site?.FindRoom(r)?.Name ?? r : (fr ? "la salle" : "the room");
        var slot = why.Range is { } range && site is not null ? Slot(range, site, culture) : "";
        var other = why.Title is { } t ? $"« {t} »" : (fr ? "une autre réservation" : "another booking");
        var capacity = why.Count?.ToString(culture) ?? "";
        // Members are not staff: their id is shown (readable by construction, "jeanne-martin").
        string Member(PersonId? person) => person is { } p ? site?.FindStaff(p)?.Name ?? p.Value : (fr ? "quelqu'un" : "someone");
        var natural = why.Would is { } span ? span.Humanize(2, culture, maxUnit: TimeUnit.Hour, minUnit: TimeUnit.Minute) : "";

        return (why.Code, fr) switch
        {
            (RejectionCodes.ShiftHeld, true) => ("Service déjà pris", $"Ce service est déjà pris par {Name(why.Holder)}."),
            (RejectionCodes.ShiftHeld, false) => ("Shift already taken", $"This shift is already held by {Name(why.Holder)}."),
            (RejectionCodes.ShiftAlreadyYours, true) => ("Déjà à vous", "Vous avez déjà ce service."),
            (RejectionCodes.ShiftAlreadyYours, false) => ("Already yours", "This shift is already yours."),
            (RejectionCodes.ShiftNotClaimed, true) => ("Service libre", "Personne n'a pris ce service."),
            (RejectionCodes.ShiftNotClaimed, false) => ("Shift not taken", "Nobody holds this shift."),
            (RejectionCodes.ShiftNotHolder, true) => ("Pas votre service", $"Ce service est à {Name(why.Holder)} : seule cette personne ou un·e co-gérant·e peut le faire."),
            (RejectionCodes.ShiftNotHolder, false) => ("Not your shift", $"This shift is {Name(why.Holder)}'s: only they or a co-manager can do this."),
            (RejectionCodes.ShiftNotStarted, true) => ("Service pas commencé", "Ce service n'a pas commencé."),
            (RejectionCodes.ShiftNotStarted, false) => ("Shift not started", "This shift has not started."),
            (RejectionCodes.ShiftAlreadyStarted, true) => ("Service commencé", "Ce service a déjà commencé."),
            (RejectionCodes.ShiftAlreadyStarted, false) => ("Shift started", "This shift has already started."),
            (RejectionCodes.ShiftFinished, true) => ("Service terminé", "Ce service est terminé, annulé ou passé."),
            (RejectionCodes.ShiftFinished, false) => ("Shift over", "This shift is over, cancelled or past."),
            (RejectionCodes.ShiftTooEarlyToStart, true) => ("Trop tôt", $"Le service commence dans {natural} ; on peut le démarrer au plus {limit} avant."),
            (RejectionCodes.ShiftTooEarlyToStart, false) => ("Too early", $"The shift starts in {natural}; it can be started at most {limit} before."),
            (RejectionCodes.ShiftTooEarlyForNoShow, true) => ("Trop tôt", $"Une absence se déclare {limit} après le début du service au plus tôt."),
            (RejectionCodes.ShiftTooEarlyForNoShow, false) => ("Too early", $"A no-show can be recorded {limit} after the shift's start at the earliest."),
            (RejectionCodes.ShiftTooLong, true) => ("Service trop long", $"Un service ne peut pas dépasser {limit}, la durée de travail maximale d'une journée."),
            (RejectionCodes.ShiftTooLong, false) => ("Shift too long", $"A shift cannot last more than {limit}, the most work allowed in a day."),
            (RejectionCodes.CoManagerOnly, true) => ("Réservé aux co-gérant·es", "Seul·e un·e co-gérant·e peut faire cela."),
            (RejectionCodes.CoManagerOnly, false) => ("Co-managers only", "Only a co-manager can do this."),
            (RejectionCodes.CommandIdReused, true) => ("Identifiant déjà utilisé", "Ce commandId a déjà servi pour une autre commande : chaque commande a le sien."),
            (RejectionCodes.CommandIdReused, false) => ("Command id reused", "This commandId was already used for another command: each command needs its own."),
            (RejectionCodes.PersonUnknown, true) => ("Personne inconnue", "Cette personne ne fait pas partie de l'équipe de ce site."),
            (RejectionCodes.PersonUnknown, false) => ("Unknown person", "This person is not on this site's staff."),
            (RejectionCodes.WeekOverBudget, true) => ("Budget de la semaine dépassé", $"La semaine passerait à {would} sur {limit} d'heures payées."),
            (RejectionCodes.WeekOverBudget, false) => ("Week over budget", $"This would bring the week to {would} of {limit} paid hours."),
            (RejectionCodes.WeekFull, true) => ("Semaine complète", $"La semaine compte déjà {why.Count} services, annulés compris : c'est le plus qu'elle peut tenir."),
            (RejectionCodes.WeekFull, false) => ("Week full", $"The week already holds {why.Count} shifts, cancelled ones included: the most it can hold."),
            (RejectionCodes.ContractExceeded, true) => ("Contrat dépassé", $"{Name(why.Holder)} passerait à {would} cette semaine, au-delà des {limit} de son contrat."),
            (RejectionCodes.ContractExceeded, false) => ("Contract exceeded", $"This would bring {Name(why.Holder)} to {would} this week, over their contract's {limit}."),
            (RejectionCodes.Overlap, true) => ("Services qui se chevauchent", $"{Name(why.Holder)} a déjà un service à ce moment-là ({why.Other})."),
            (RejectionCodes.Overlap, false) => ("Overlapping shifts", $"{Name(why.Holder)} already has a shift at that time ({why.Other})."),
            (RejectionCodes.DailyRest, true) => ("Repos quotidien insuffisant", $"{Name(why.Holder)} n'aurait que {would} de repos d'affilée sur 24 heures ; il en faut au moins {limit}."),
            (RejectionCodes.DailyRest, false) => ("Daily rest too short", $"{Name(why.Holder)} would have only {would} of rest in a row in 24 hours; at least {limit} is required."),
            (RejectionCodes.DailyWork, true) => ("Journée trop longue", $"{Name(why.Holder)} travaillerait {would} le {day}, la limite est de {limit} par jour."),
            (RejectionCodes.DailyWork, false) => ("Day too long", $"{Name(why.Holder)} would work {would} on {day}; the limit is {limit} a day."),
            (RejectionCodes.WeeklyWork, true) => ("Semaine trop longue", $"{Name(why.Holder)} travaillerait {would} cette semaine, la limite légale est de {limit}."),
            (RejectionCodes.WeeklyWork, false) => ("Week too long", $"{Name(why.Holder)} would work {would} this week; the legal limit is {limit}."),
            (RejectionCodes.ShiftNotFound, true) => ("Service introuvable", "Aucun service ne porte cet identifiant sur ce site."),
            (RejectionCodes.ShiftNotFound, false) => ("Shift not found", "No shift of this site has this id."),
            (RejectionCodes.AlreadyHolder, true) => ("Déjà à cette personne", $"Ce service est déjà à {Name(why.Holder)}."),
            (RejectionCodes.AlreadyHolder, false) => ("Already theirs", $"This shift is already {Name(why.Holder)}'s."),
            (RejectionCodes.NoHandover, true) => ("Pas de passation", "Ce service n'est proposé à personne en ce moment."),
            (RejectionCodes.NoHandover, false) => ("No handover", "This shift is not being offered to anyone right now."),
            (RejectionCodes.NotOfferedToYou, true) => ("Pas proposé à vous", $"Ce service est proposé à {Name(why.Holder)}, pas à vous."),
            (RejectionCodes.NotOfferedToYou, false) => ("Not offered to you", $"This shift is offered to {Name(why.Holder)}, not to you."),
            (RejectionCodes.AlreadyApproved, true) => ("Déjà validé", $"Ce service de {Name(why.Holder)} est déjà validé."),
            (RejectionCodes.AlreadyApproved, false) => ("Already approved", $"{Name(why.Holder)}'s shift is already approved."),
            (RejectionCodes.WorkedInvalid, true) when why.Field == "start" => ("Horaires invalides", "Ces horaires sont à plus de 12 heures du service prévu."),
            (RejectionCodes.WorkedInvalid, false) when why.Field == "start" => ("Invalid times", "These times are more than 12 hours away from the planned shift."),
            (RejectionCodes.WorkedInvalid, true) => ("Horaires invalides", $"La fin doit venir après le début, et un service dure au plus {limit}."),
            (RejectionCodes.WorkedInvalid, false) => ("Invalid times", $"The end must come after the start, and a shift lasts at most {limit}."),
            (RejectionCodes.WorkedInFuture, true) => ("Pas encore travaillé", "On n'enregistre que le temps déjà travaillé : la fin est dans le futur."),
            (RejectionCodes.WorkedInFuture, false) => ("Not worked yet", "Only time already worked is recorded: the end is in the future."),
            (TaskRejectionCodes.NotFound, true) => ("Tâche introuvable", "Aucune tâche ne porte cet identifiant sur ce site."),
            (TaskRejectionCodes.NotFound, false) => ("Task not found", "No task of this site has this id."),
            (TaskRejectionCodes.Taken, true) => ("Déjà prise", $"{Name(why.Holder)} s'en occupe déjà."),
            (TaskRejectionCodes.Taken, false) => ("Already taken", $"{Name(why.Holder)} is already on it."),
            (TaskRejectionCodes.AlreadyYours, true) => ("Déjà à vous", "Vous vous en occupez déjà."),
            (TaskRejectionCodes.AlreadyYours, false) => ("Already yours", "You are already on it."),
            (TaskRejectionCodes.AlreadyAssigned, true) => ("Déjà attribuée", $"Cette tâche est déjà à {Name(why.Holder)}."),
            (TaskRejectionCodes.AlreadyAssigned, false) => ("Already assigned", $"This task is already {Name(why.Holder)}'s."),
            (TaskRejectionCodes.Closed, true) => ("Tâche terminée", "Cette tâche est déjà faite ou annulée."),
            (TaskRejectionCodes.Closed, false) => ("Task closed", "This task is already done or cancelled."),
            (TaskRejectionCodes.NotYours, true) => ("Pas votre tâche", $"{Name(why.Holder)} s'en occupe : seule cette personne ou un·e co-gérant·e peut la clore."),
            (TaskRejectionCodes.NotYours, false) => ("Not your task", $"{Name(why.Holder)} is on it: only they or a co-manager can close it."),
            (RoomRejectionCodes.RoomNotFound, true) => ("Salle introuvable", "Ce site n'a pas de salle de ce nom."),
            (RoomRejectionCodes.RoomNotFound, false) => ("Room not found", "This site has no room by that id."),
            (RoomRejectionCodes.NotFound, true) => ("Réservation introuvable", "Aucune réservation ne porte cet identifiant."),
            (RoomRejectionCodes.NotFound, false) => ("Booking not found", "No booking has this id."),
            (RoomRejectionCodes.Overlap, true) => ("Salle déjà réservée", $"{Capital(room)} est déjà réservée {slot} : {other} ({why.Booking})."),
            (RoomRejectionCodes.Overlap, false) => ("Room already booked", $"{Capital(room)} is already booked {slot}: {other} ({why.Booking})."),
            (RoomRejectionCodes.Cancelled, true) => ("Réservation annulée", $"La réservation {other} de {room} est annulée : faites-en une nouvelle."),
            (RoomRejectionCodes.Cancelled, false) => ("Booking cancelled", $"The booking {other} of {room} is cancelled: make a new one."),
            (RoomRejectionCodes.Over, true) => ("Réservation passée", $"La réservation {other} est terminée : elle ne peut plus changer."),
            (RoomRejectionCodes.Over, false) => ("Booking over", $"The booking {other} is over: it can no longer change."),
            (RoomRejectionCodes.SiteWide, true) => ("Privatisation du site", $"{other} bloque tout le site : déplacez ou annulez la privatisation elle-même."),
            (RoomRejectionCodes.SiteWide, false) => ("Whole-site privatisation", $"{other} blocks the whole site: move or cancel the privatisation itself."),
            (RoomRejectionCodes.IdTaken, true) => ("Identifiant déjà pris", "Cet identifiant de réservation est déjà utilisé : renvoyez la commande."),
            (RoomRejectionCodes.IdTaken, false) => ("Id already taken", "This booking id is already used: send the command again."),
            (RoomRejectionCodes.EndsBeforeStart, true) => ("Horaires invalides", "La fin doit venir après le début."),
            (RoomRejectionCodes.EndsBeforeStart, false) => ("Invalid times", "The end must come after the start."),
            (RoomRejectionCodes.TooLong, true) => ("Réservation trop longue", $"Une réservation dure au plus {limit}."),
            (RoomRejectionCodes.TooLong, false) => ("Booking too long", $"A booking lasts at most {limit}."),
            (RoomRejectionCodes.InThePast, true) => ("Dans le passé", "Cette réservation serait déjà terminée."),
            (RoomRejectionCodes.InThePast, false) => ("In the past", "This booking would already be over."),
            (RoomRejectionCodes.Guests, true) => ("Trop de monde", $"{Capital(room)} accueille de 1 à {capacity} personnes."),
            (RoomRejectionCodes.Guests, false) => ("Too many people", $"{Capital(room)} holds 1 to {capacity} people."),
            (RoomRejectionCodes.Title, true) => ("Titre invalide", $"Un titre de 1 à {Booking.MaxTitleLength} caractères."),
            (RoomRejectionCodes.Title, false) => ("Invalid title", $"A title of 1 to {Booking.MaxTitleLength} characters."),
            (RoomRejectionCodes.Holder, true) => ("Pour qui ?", $"Le nom du membre ou du client, de 1 à {Booking.MaxHolderLength} caractères."),
            (RoomRejectionCodes.Holder, false) => ("For whom?", $"The member's or client's name, 1 to {Booking.MaxHolderLength} characters."),
            (RoomRejectionCodes.UnknownKind, true) => ("Type inconnu", "Type attendu : member, client, event ou privatisation."),
            (RoomRejectionCodes.UnknownKind, false) => ("Unknown kind", "Expected kind: member, client, event or privatisation."),
            (MemberRejectionCodes.NotFound, true) => ("Membre introuvable", "Aucun membre de ce site ne porte cet identifiant."),
            (MemberRejectionCodes.NotFound, false) => ("Member not found", "No member of this site has this id."),
            (MemberRejectionCodes.Exists, true) => ("Membre déjà inscrit", $"Un membre porte déjà l'identifiant « {why.Holder} » sur ce site."),
            (MemberRejectionCodes.Exists, false) => ("Member already enrolled", $"A member of this site already has the id \"{why.Holder}\"."),
            (MemberRejectionCodes.NameInvalid, true) => ("Nom invalide", $"Le nom du membre est obligatoire, {MemberEntry.MaxNameLength} caractères au plus."),
            (MemberRejectionCodes.NameInvalid, false) => ("Invalid name", $"The member's name is required, at most {MemberEntry.MaxNameLength} characters."),
            (MemberRejectionCodes.PlanInvalid, true) => ("Formule inconnue", "Formule attendue : resident, nomad, pass ou none."),
            (MemberRejectionCodes.PlanInvalid, false) => ("Unknown plan", "Expected plan: resident, nomad, pass or none."),
            (MemberRejectionCodes.UnitsInvalid, true) => ("Unités invalides", $"Un pass repris porte de 1 à {PassUse.UnitsPerPass} unités."),
            (MemberRejectionCodes.UnitsInvalid, false) => ("Invalid units", $"A carried-over pass holds from 1 to {PassUse.UnitsPerPass} units."),
            (MemberRejectionCodes.NoPlan, true) => ("Sans formule", $"{Member(why.Holder)} n'a ni abonnement ni pass : l'entrée est refusée, l'accueil est prévenu pour régler cela."),
            (MemberRejectionCodes.NoPlan, false) => ("No plan", $"{Member(why.Holder)} has neither a subscription nor a pass: entry refused; the front desk has been told to sort it out."),
            (MemberRejectionCodes.Subscribed, true) => ("Déjà abonné·e", $"{Member(why.Holder)} a un abonnement mensuel : changez d'abord sa formule pour lui vendre un pass."),
            (MemberRejectionCodes.Subscribed, false) => ("Already subscribed", $"{Member(why.Holder)} has a monthly subscription: change their plan before selling them a pass."),
            (MemberRejectionCodes.PassExhausted, true) => ("Pass épuisé", $"Le pass de {Member(why.Holder)} n'a plus assez de jours : l'entrée est refusée, l'accueil est prévenu pour régler cela."),
            (MemberRejectionCodes.PassExhausted, false) => ("Pass used up", $"{Member(why.Holder)}'s pass has no days left: entry refused; the front desk has been told to sort it out."),
            (MemberRejectionCodes.PassExpired, true) => ("Pass expiré", $"Le pass de {Member(why.Holder)} était valable jusqu'au {day} : l'entrée est refusée, l'accueil est prévenu pour régler cela."),
            (MemberRejectionCodes.PassExpired, false) => ("Pass expired", $"{Member(why.Holder)}'s pass was valid until {day}: entry refused; the front desk has been told to sort it out."),
            (MemberRejectionCodes.SiteClosed, true) => ("Site fermé", "Le site est fermé à cette heure-ci : on ne peut pas y entrer."),
            (MemberRejectionCodes.SiteClosed, false) => ("Site closed", "The site is closed at this time: nobody can check in."),
            (DeskRejectionCodes.NotFound, true) => ("Poste introuvable", "Aucun poste de ce site ne porte cet identifiant."),
            (DeskRejectionCodes.NotFound, false) => ("Desk not found", "No desk of this site has this id."),
            (DeskRejectionCodes.Taken, true) => ("Poste occupé", $"Ce poste est déjà pris aujourd'hui par {Member(why.Holder)}."),
            (DeskRejectionCodes.Taken, false) => ("Desk taken", $"This desk is already taken today by {Member(why.Holder)}."),
            (DeskRejectionCodes.Reserved, true) => ("Poste résident", why.Holder is null ? "Ce poste résident n'est attribué à personne : on ne peut pas s'y installer." : $"Ce poste résident est attribué à {Member(why.Holder)} : seule cette personne peut s'y installer."),
            (DeskRejectionCodes.Reserved, false) => ("Resident desk", why.Holder is null ? "This resident desk is assigned to nobody: nobody can sit there." : $"This resident desk is assigned to {Member(why.Holder)}: only they can sit there."),
            (DeskRejectionCodes.NotResident, true) => ("Poste nomade", "Un poste nomade ne s'attribue pas : il se prend à l'arrivée."),
            (DeskRejectionCodes.NotResident, false) => ("Nomad desk", "A nomad desk is not assigned: it is taken at check-in."),
            (DeskRejectionCodes.Assigned, true) => ("Poste déjà attribué", $"Ce poste est déjà attribué à {Member(why.Holder)} : retirez-le-lui d'abord."),
            (DeskRejectionCodes.Assigned, false) => ("Desk already assigned", $"This desk is already assigned to {Member(why.Holder)}: unassign it first."),
            (DeskRejectionCodes.NotAssigned, true) => ("Poste libre", "Ce poste n'est attribué à personne."),
            (DeskRejectionCodes.NotAssigned, false) => ("Desk not assigned", "This desk is assigned to nobody."),
            (PresenceRejectionCodes.Full, true) => ("Complet", $"Le site accueille déjà {site?.Capacity} personnes, sa capacité : personne de plus ne peut entrer."),
            (PresenceRejectionCodes.Full, false) => ("Full", $"The site already holds {site?.Capacity} people, its capacity: nobody else can come in."),
            (PresenceRejectionCodes.AlreadyIn, true) => ("Déjà là", $"{Member(why.Holder)} est déjà enregistré·e aujourd'hui."),
            (PresenceRejectionCodes.AlreadyIn, false) => ("Already in", $"{Member(why.Holder)} is already checked in today."),
            (PresenceRejectionCodes.NotIn, true) => ("Pas là", $"{Member(why.Holder)} n'est pas enregistré·e aujourd'hui."),
            (PresenceRejectionCodes.NotIn, false) => ("Not in", $"{Member(why.Holder)} is not checked in today."),
            (PresenceRejectionCodes.VisitorNotFound, true) => ("Visiteur introuvable", "Aucun visiteur ne porte cet identifiant aujourd'hui."),
            (PresenceRejectionCodes.VisitorNotFound, false) => ("Visitor not found", "No visitor has this id today."),
            (PresenceRejectionCodes.VisitorNameInvalid, true) => ("Nom invalide", $"Le nom du visiteur est obligatoire, {PresentVisitor.MaxNameLength} caractères au plus."),
            (PresenceRejectionCodes.VisitorNameInvalid, false) => ("Invalid name", $"The visitor's name is required, at most {PresentVisitor.MaxNameLength} characters."),
            (_, true) => ("Refusé", $"Refusé ({why.Code})."),
            (_, false) => ("Refused", $"Refused ({why.Code})."),
        };
    }

    /// <summary>"du lundi 7 décembre 10:00 au … 12:00" / "from Monday 7 December 10:00 to 12:00", in the site's time.</summary>
    private static string Slot(Domain.Time.TimeRange range, Site site, CultureInfo culture)
    {
        var fr = Durations.IsFrench(culture);
        var start = site.Calendar.ToLocal(range.Start);
        var end = site.Calendar.ToLocal(range.End);
        var day = start.ToString("dddd d MMMM", culture);
        var sameDay = start.Date == end.Date;
        var endText = sameDay ? end.ToString("HH:mm", culture) : end.ToString(fr ? "dddd d MMMM HH:mm" : "dddd d MMMM HH:mm", culture);
        return fr ? $"le {day} de {start:HH:mm} à {endText}" : $"on {day} from {start:HH:mm} to {endText}";
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
