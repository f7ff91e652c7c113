# Build with the SDK (and Node.js for the browser packages), run on the ASP.NET runtime as a non-root user.
# No Docker engine on the development machines: ops/ci/check-publish.sh runs this file's publish
# line and starts its output the way the entry point below does (ops/README.md, "Checks").
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
RUN apt-get update && apt-get install -y --no-install-recommends nodejs npm && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish src/Facilitation.Web/Facilitation.Web.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
# The publish output holds the binaries, wwwroot and the site files under /app/sites (ops/sites).
COPY --from=build /app .
# SQLite file and the session-cookie keys by default (data/facilitation.db, data/keys): the volume.
# data/keys (the key ring on SQLite) exists in the image so that a volume mounted there alone
# starts owned by the app user.
RUN mkdir -p /app/data/keys && chown -R $APP_UID:$APP_UID /app/data
# The image's non-root user by number (1654), so that Kubernetes' runAsNonRoot can check it.
USER $APP_UID
# HTTP on 8080; Akka remoting on 4053.
# The cluster hostname stays 127.0.0.1 (a cluster of one): compose and Kubernetes set
# Facilitation__Cluster__Hostname to an address the other nodes reach.
ENV ASPNETCORE_URLS=http://+:8080 \
    Facilitation__Cluster__Port=4053
VOLUME /app/data
EXPOSE 8080 4053
# The runtime image has no curl: the product probes itself (src/Facilitation.Web/Health/ContainerProbe.cs).
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
    CMD ["dotnet", "Facilitation.Web.dll", "probe", "http://127.0.0.1:8080/healthz"]
ENTRYPOINT ["dotnet", "Facilitation.Web.dll"]
