using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Attune.Web.Ingest;

public static class IngestExtensions
{
    public static WebApplicationBuilder AddAttuneIngest(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddSingleton<AnalysisSettings>();
        builder.Services.AddSingleton<AdvisorDirectory>();
        builder.Services.AddSingleton<InteractionIngestor>();
        builder.Services.AddSingleton<Attune.Web.Demo.DemoSeeder>();
        return builder;
    }
}
