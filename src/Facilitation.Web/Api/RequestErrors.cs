namespace Facilitation.Web.Api;

/// <summary>The fields at fault in one request, each with what is wrong with it.</summary>
public sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());

    /// <summary>Every command carries the id its client made for it (see README, "commandId").</summary>
    public void RequireCommandId(string? commandId, bool french)
    {
        if (string.IsNullOrEmpty(commandId))
            Add("commandId", french
                ? "Champ obligatoire : un identifiant unique par commande, réutilisé tel quel pour la renvoyer."
                : "Required: a unique id per command, sent again unchanged on a retry.");
        else if (!Domain.Ids.CommandId.IsValid(commandId))
            Add("commandId", french
                ? $"Jusqu'à {Domain.Ids.CommandId.MaxLength} lettres, chiffres, tirets, points ou deux-points."
                : $"Up to {Domain.Ids.CommandId.MaxLength} letters, digits, dashes, dots or colons.");
    }

    /// <summary>The 400 for a request that came with no body at all.</summary>
    public static IResult EmptyBody(bool french) =>
        Problems.Problems.Invalid(new Dictionary<string, string[]>
        {
            ["body"] = [french ? "Le corps de la requête est vide." : "The request body is empty."],
        });
}
