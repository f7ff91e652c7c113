using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Facilitation.Web.Sites;

public static class SiteCatalogServiceCollectionExtensions
{
    /// <summary>
    /// Registers the <see cref="SiteCatalog"/> as a singleton loaded from the folders of the
    /// "Facilitation:Sites" section, and a start-up check that loads it when the host starts, so
    /// that a broken site file stops the start with a message naming the file and the field.
    /// </summary>
    public static IServiceCollection AddSiteCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<SiteOptions>().Bind(configuration.GetSection(SiteOptions.SectionName));
        services.TryAddSingleton(sp => SiteFileLoader.Load(sp.GetRequiredService<IOptions<SiteOptions>>().Value));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, SiteCatalogStartupCheck>());
        return services;
    }
}
