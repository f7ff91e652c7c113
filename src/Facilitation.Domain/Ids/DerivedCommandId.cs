using System.Security.Cryptography;
using System.Text;

namespace Facilitation.Domain.Ids;

/// <summary>
/// The id of a command that another command causes (the welcome task of a refused check-in): made
/// from the cause's id, so that a retried cause sends the same derived id and it is applied once.
/// </summary>
public static class DerivedCommandId
{
    public static CommandId From(CommandId cause, string purpose)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{purpose}|{cause.Value}")));
        var prefix = purpose.Length > 20 ? purpose[..20] : purpose;
        return new CommandId($"{prefix}.{hash[..40]}");
    }
}
