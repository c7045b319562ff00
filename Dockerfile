# syntax=docker/dockerfile:1
# The image of every service: the build argument MODULE names it, PORT is its HTTP port. Build from the
# repository root, which holds the parent pom and the modules a service is built from:
#   docker build --build-arg MODULE=ingest-service --build-arg PORT=8081 -t newsflow/ingest-service .
# docker-compose.yml passes both. Needs BuildKit (the default builder since Docker 23, and always used by
# `docker compose`).

FROM eclipse-temurin:17-jdk-noble AS build
ARG MODULE=ingest-service
WORKDIR /build

# Poms before sources, so a source change reuses the dependency step below.
# Maven reads every module the root pom lists before it builds any of them, so all module poms are needed.
COPY --chmod=0755 mvnw ./
COPY .mvn/ .mvn/
COPY pom.xml ./
COPY contracts/pom.xml contracts/
COPY corpus/pom.xml corpus/
COPY enrich-core/pom.xml enrich-core/
COPY ingest-service/pom.xml ingest-service/
COPY enrich-service/pom.xml enrich-service/
COPY publish-service/pom.xml publish-service/
COPY e2e-tests/pom.xml e2e-tests/
COPY bench/pom.xml bench/
COPY eval/pom.xml eval/
COPY ops/pom.xml ops/
COPY examples/subscriber/pom.xml examples/subscriber/
# One cache for the Maven distribution and repository, shared by the three service images; locked because
# compose builds them in parallel and concurrent writers can corrupt a local repository.
RUN --mount=type=cache,id=newsflow-m2,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -pl "$MODULE" -am dependency:go-offline

# The sources a service can be built from: its own, and the libraries (contracts, enrich-core) it may use.
COPY contracts/src/ contracts/src/
COPY enrich-core/src/ enrich-core/src/
COPY ${MODULE}/src/ ${MODULE}/src/
RUN --mount=type=cache,id=newsflow-m2,target=/root/.m2,sharing=locked \
    ./mvnw -B -q -pl "$MODULE" -am package -DskipTests \
 && cp "$MODULE"/target/"$MODULE"-*-exec.jar /build/app.jar


FROM eclipse-temurin:17-jre-noble
ARG PORT=8081

# Fixed ids keep file ownership predictable across rebuilds and let orchestrators verify a non-root user;
# 10001 stays clear of the base image's own "ubuntu" user (1000).
RUN groupadd --gid 10001 newsflow \
 && useradd --uid 10001 --gid newsflow --home-dir /app --no-create-home --shell /usr/sbin/nologin newsflow

# enrich-service keeps its per-source boilerplate state here. An empty named volume mounted on this path takes
# over the directory's owner from the image, so the non-root service can write to it.
RUN mkdir -p /var/lib/newsflow/enrich \
 && chown 10001:10001 /var/lib/newsflow/enrich

# Health check without curl or wget: the image ships both today, but only "for historical reasons"
# (adoptium/containers#255), while bash is part of every Ubuntu base. A JVM-based probe would cost a JVM
# start per check, and the JRE cannot run a source file anyway (no compiler module).
# Spring Boot answers 200 when the health is UP and 503 when it is DOWN or OUT_OF_SERVICE. The port is the
# service's own variable (INGEST_PORT, ENRICH_PORT or PUBLISH_PORT) when set, else the image's PORT.
COPY --chmod=0755 <<'SCRIPT' /usr/local/bin/healthcheck
#!/bin/bash
set -euo pipefail
host="${BIND_ADDRESS:-127.0.0.1}"
case "$host" in 0.0.0.0 | :: | '') host=127.0.0.1 ;; esac
port="${INGEST_PORT:-${ENRICH_PORT:-${PUBLISH_PORT:-$NEWSFLOW_HTTP_PORT}}}"
exec 3<>"/dev/tcp/${host}/${port}"
printf 'GET /actuator/health HTTP/1.0\r\nHost: %s\r\n\r\n' "$host" >&3
read -r _ status _ <&3
[[ "${status%$'\r'}" == 200 ]]
SCRIPT

WORKDIR /app
COPY --from=build /build/app.jar /app/app.jar

# Listening on loopback only would make the published port unreachable.
ENV BIND_ADDRESS=0.0.0.0 NEWSFLOW_HTTP_PORT=${PORT}
# Size the heap from the container's memory limit; exit on OOM so the restart policy brings back a clean JVM.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError"
EXPOSE ${PORT}

USER 10001:10001
HEALTHCHECK --interval=10s --timeout=5s --start-period=90s --retries=6 CMD ["/usr/local/bin/healthcheck"]
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
