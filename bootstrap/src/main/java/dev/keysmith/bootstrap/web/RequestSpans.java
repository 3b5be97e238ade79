package dev.keysmith.bootstrap.web;

import dev.keysmith.bootstrap.config.KeysmithConfig;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * OpenTelemetry tracing, off unless {@code keysmith.otel.exporter-endpoint} names an OTLP/HTTP receiver: then every
 * request gets a server span, child of the caller's W3C {@code traceparent} when it sends one, exported in batches
 * to {@code {endpoint}/v1/traces}. Without an endpoint no SDK is started and no handler is installed.
 */
@ApplicationScoped
public class RequestSpans {

    private static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
    private static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
    private static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
    private static final AttributeKey<String> REQUEST_ID = AttributeKey.stringKey("keysmith.request_id");
    private static final TextMapGetter<HttpServerRequest> HEADERS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(HttpServerRequest request) {
            return request.headers().names();
        }

        @Override
        public String get(HttpServerRequest request, String name) {
            return request == null ? null : request.getHeader(name);
        }
    };

    private final Optional<SdkTracerProvider> provider;

    RequestSpans(KeysmithConfig config) {
        this.provider = config.otel().exporterEndpoint().map(RequestSpans::exportingTo);
    }

    private static SdkTracerProvider exportingTo(String endpoint) {
        String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
        return SdkTracerProvider.builder()
                .setResource(Resource.getDefault()
                        .merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "keysmith"))))
                .addSpanProcessor(BatchSpanProcessor.builder(OtlpHttpSpanExporter.builder()
                                .setEndpoint(base + "/v1/traces")
                                .build())
                        .build())
                .build();
    }

    /** Whether an endpoint was configured and the SDK started. */
    boolean exporting() {
        return provider.isPresent();
    }

    void install(@Observes Router router) {
        // After RequestTrail, which sets the request id the span carries.
        provider.ifPresent(tracing -> {
            Tracer tracer = tracing.get("dev.keysmith");
            router.route().order(Integer.MIN_VALUE + 2).handler(context -> span(tracer, context));
        });
    }

    private static void span(Tracer tracer, RoutingContext context) {
        HttpServerRequest request = context.request();
        Context parent = W3CTraceContextPropagator.getInstance().extract(Context.root(), request, HEADERS);
        Span span = tracer.spanBuilder(request.method().name())
                .setParent(parent)
                .setSpanKind(SpanKind.SERVER)
                .setAttribute(METHOD, request.method().name())
                .setAttribute(PATH, RequestTrail.masked(request.path()))
                .setAttribute(REQUEST_ID, context.response().headers().get(RequestTrail.HEADER))
                .startSpan();
        context.addEndHandler(ended -> {
            int status = context.response().getStatusCode();
            span.setAttribute(STATUS, (long) status);
            if (status >= 500) {
                span.setStatus(StatusCode.ERROR);
            }
            span.end();
        });
        context.next();
    }

    /** Sends the spans still queued before the service stops. */
    @PreDestroy
    void flush() {
        provider.ifPresent(tracing -> tracing.shutdown().join(5, TimeUnit.SECONDS));
    }
}
