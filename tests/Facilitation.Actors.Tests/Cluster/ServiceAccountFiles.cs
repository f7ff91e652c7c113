using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Facilitation.Actors.Tests.Cluster;

/// <summary>
/// What Kubernetes mounts into a pod for its service account, made for one test in a temporary
/// folder: a self-signed server certificate for 127.0.0.1 (its PEM is the CA file) and a bearer
/// token file.
/// </summary>
public sealed class ServiceAccountFiles : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "facilitation-k8s-tests", Guid.NewGuid().ToString("N"));

    public ServiceAccountFiles()
    {
        Directory.CreateDirectory(_folder);
        ServerCertificate = CreateServerCertificate();
        CaPath = Path.Combine(_folder, "ca.crt");
        File.WriteAllText(CaPath, ServerCertificate.ExportCertificatePem());
        Token = "test-token-" + Guid.NewGuid().ToString("N");
        TokenPath = Path.Combine(_folder, "token");
        File.WriteAllText(TokenPath, Token);
    }

    /// <summary>The fake API server's certificate, with its private key.</summary>
    public X509Certificate2 ServerCertificate { get; }

    public string CaPath { get; }

    public string Token { get; }

    public string TokenPath { get; }

    /// <summary>Writes another self-signed certificate into the CA file: the server's no longer chains to it.</summary>
    public void ReplaceCaWithAnUnrelatedOne()
    {
        using var other = CreateServerCertificate();
        File.WriteAllText(CaPath, other.ExportCertificatePem());
    }

    public void Dispose()
    {
        ServerCertificate.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static X509Certificate2 CreateServerCertificate()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest("CN=fake-kubernetes-api", key, HashAlgorithmName.SHA256);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(certificateAuthority: true, hasPathLengthConstraint: false, pathLengthConstraint: 0, critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyCertSign, critical: true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        var now = DateTimeOffset.UtcNow;
        using var ephemeral = request.CreateSelfSigned(now.AddMinutes(-5), now.AddHours(1));
        // Through PKCS#12 so that the key is one SslStream can use on every platform.
        return X509CertificateLoader.LoadPkcs12(ephemeral.Export(X509ContentType.Pkcs12), password: null);
    }
}
