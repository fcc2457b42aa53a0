package org.gongjian.gateway.ledger;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.gongjian.gateway.config.GatewayConfig;
import org.gongjian.gateway.proxy.Backend;
import org.gongjian.gateway.rest.GatewayMessages;
import org.gongjian.rest.Message;
import org.gongjian.rest.ProblemException;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Opens the rows of every sheet at the services that own them, all at once and with the caller's token, before the
 * download starts: a service that refuses (400, 403, 404) or does not answer makes the whole request answer that way,
 * so no spreadsheet is ever sent with a sheet missing.
 */
@ApplicationScoped
public class LedgerSources {

    private static final Logger LOG = Logger.getLogger(LedgerSources.class);

    /** The rows a sheet is made of, and who owns them. */
    public enum Rows {
        PAIRINGS(Backend.PAIRING, "/api/pairings/ledger"),
        CADENCE(Backend.ACTIVITY, "/api/cadence/ledger"),
        ACTIVITIES(Backend.ACTIVITY, "/api/activities/ledger"),
        DEMANDS(Backend.PAIRING, "/api/demands/ledger"),
        RECEIPTS(Backend.NOTIFICATION, "/api/receipts/ledger");

        final Backend owner;
        final String path;

        Rows(Backend owner, String path) {
            this.owner = owner;
            this.path = path;
        }
    }

    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HttpClient client;

    LedgerSources(GatewayConfig config, ObjectMapper json, HttpClient client) {
        this.config = config;
        this.json = json;
        this.client = client;
    }

    /** Every sheet's rows, open and answering 200; else the first refusal as a problem, and nothing left open. */
    public Map<Rows, RowStream> open(LedgerQuery query, String accessToken) {
        Map<Rows, CompletableFuture<HttpResponse<InputStream>>> pending = new EnumMap<>(Rows.class);
        for (Rows rows : Rows.values()) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(rows.owner.baseUrl(config.services()) + rows.path
                            + "?" + query(query)))
                    .header("Authorization", "Bearer " + accessToken)
                    .header("Accept", "application/x-ndjson, application/problem+json")
                    .GET().build();
            pending.put(rows, client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream()));
        }
        Map<Rows, RowStream> open = new EnumMap<>(Rows.class);
        ProblemException refusal = null;
        for (Map.Entry<Rows, CompletableFuture<HttpResponse<InputStream>>> entry : pending.entrySet()) {
            Rows rows = entry.getKey();
            try {
                HttpResponse<InputStream> response = entry.getValue().join();
                if (response.statusCode() == 200 && refusal == null) {
                    open.put(rows, new RowStream(rows.owner.serviceName(), response.body(), json));
                    continue;
                }
                byte[] body = readAndClose(response.body());
                if (refusal == null && response.statusCode() != 200) {
                    refusal = refusal(rows, response.statusCode(), body);
                }
            } catch (CompletionException e) {
                LOG.warnf("%s did not answer %s: %s", rows.owner.serviceName(), rows.path, e.getCause());
                if (refusal == null) {
                    refusal = unavailable(rows);
                }
            }
        }
        if (refusal != null) {
            open.values().forEach(LedgerSources::quietlyClose);
            throw refusal;
        }
        return open;
    }

    private ProblemException refusal(Rows rows, int status, byte[] body) {
        if (status == 400 || status == 403 || status == 404 || status == 401) {
            try {
                var problem = json.readTree(body);
                Message detail = problem.hasNonNull("detail") ? Message.plain(problem.path("detail").asText()) : answered(rows, status);
                var field = problem.path("errors").path(0);
                if (status == 400 && field.has("field")) {
                    return ProblemException.invalid(field.path("field").asText(), field.path("message").asText());
                }
                return new ProblemException(status, switch (status) {
                    case 401 -> "unauthorized";
                    case 403 -> "forbidden";
                    case 404 -> "not-found";
                    default -> "validation";
                }, detail);
            } catch (IOException e) {
                return new ProblemException(status, status == 404 ? "not-found" : "forbidden", answered(rows, status));
            }
        }
        LOG.warnf("%s answered %d to %s", rows.owner.serviceName(), status, rows.path);
        return unavailable(rows);
    }

    private static ProblemException unavailable(Rows rows) {
        return new ProblemException(503, "unavailable",
                GatewayMessages.TEXTS.message("problem.unavailable", GatewayMessages.serviceLabel(rows.owner.serviceName())));
    }

    private static Message answered(Rows rows, int status) {
        return GatewayMessages.TEXTS.message("refusal.service-answered", GatewayMessages.serviceLabel(rows.owner.serviceName()), status);
    }

    private static String query(LedgerQuery query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("from", query.range().from().toString());
        parameters.put("to", query.range().to().toString());
        query.district().ifPresent(d -> parameters.put("district", d));
        query.organizationId().ifPresent(o -> parameters.put("organizationId", o.toString()));
        StringBuilder text = new StringBuilder();
        parameters.forEach((name, value) -> text.append(text.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return text.toString();
    }

    private static byte[] readAndClose(InputStream body) {
        try (body) {
            return body.readNBytes(64 * 1024);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    static void quietlyClose(RowStream stream) {
        try {
            stream.close();
        } catch (IOException ignored) {
            // the download is over either way
        }
    }
}
