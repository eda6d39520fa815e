package io.waybill.adapters.rest.notifications;

import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.adapters.rest.security.Roles;
import io.waybill.application.port.in.ManageNotificationPreferences;
import io.waybill.application.shared.NotificationPreferences;
import io.waybill.domain.shared.InvalidValueException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What each customer wants to be told, and how. Set by the shop (integrator) on the customer's behalf. */
@TenantBound
@Path("/api/v1/customers/{email}/notification-preferences")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Notifications")
public class PreferencesResource {

    /** Channels: {@code EMAIL}, {@code SMS}; quiet hours as {@code "22:00"}, {@code "07:30"} with an IANA zone. */
    public record PreferencesDocument(
            @Schema(type = SchemaType.ARRAY, uniqueItems = true, implementation = Channel.class,
                    description = "In a request: EMAIL only when absent") Set<String> channels,
            @Schema(description = "A language tag such as en or de-AT; in a request en when absent") String language,
            boolean optedOut,
            @Schema(nullable = true, pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "22:00") String quietFrom,
            @Schema(nullable = true, pattern = "^\\d{2}:\\d{2}(:\\d{2})?$", example = "07:00") String quietUntil,
            @Schema(nullable = true, description = "An IANA time zone such as Europe/Berlin") String zone) {
    }

    static final String EMAIL = "EMAIL";
    static final String SMS = "SMS";
    private static final Set<String> CHANNELS = Set.of(EMAIL, SMS);

    /** A channel's name: for the document only. */
    @Schema(name = "Channel", type = SchemaType.STRING, enumeration = {EMAIL, SMS})
    interface Channel {
    }

    private final ManageNotificationPreferences preferences;

    PreferencesResource(ManageNotificationPreferences preferences) {
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed({Roles.INTEGRATOR, Roles.OPERATOR, Roles.ADMIN})
    @Operation(summary = "A customer's notification preferences (the defaults when none were set)")
    @APIResponse(responseCode = "200", description = "The preferences", content = @Content(schema = @Schema(implementation = PreferencesDocument.class)))
    public PreferencesDocument get(@PathParam("email") String email) {
        return document(preferences.preferences(email));
    }

    @PUT
    @RolesAllowed({Roles.INTEGRATOR, Roles.ADMIN})
    @Operation(summary = "Set a customer's notification preferences (channels absent: EMAIL only)")
    @APIResponse(responseCode = "200", description = "The preferences as stored", content = @Content(schema = @Schema(implementation = PreferencesDocument.class)))
    public PreferencesDocument put(@PathParam("email") String email, PreferencesDocument body) {
        if (body == null) {
            throw new InvalidValueException("body", "send {\"channels\": [\"EMAIL\", \"SMS\"], \"language\": \"de\", \"optedOut\": false,"
                    + " \"quietFrom\": \"22:00\", \"quietUntil\": \"07:00\", \"zone\": \"Europe/Berlin\"}");
        }
        Set<String> channels = body.channels() == null ? Set.of(EMAIL) : body.channels();
        for (String channel : channels) {
            if (channel == null || !CHANNELS.contains(channel)) {
                throw new InvalidValueException("channels", InvalidValueException.quote(channel) + " is not EMAIL or SMS");
            }
        }
        Locale language;
        try {
            language = body.language() == null ? Locale.ENGLISH : new Locale.Builder().setLanguageTag(body.language()).build();
        } catch (IllformedLocaleException e) {
            throw new InvalidValueException("language", InvalidValueException.quote(body.language()) + " is not a language tag such as en or de-AT");
        }
        NotificationPreferences saved = new NotificationPreferences(email, channels.contains(EMAIL), channels.contains(SMS),
                language, body.optedOut(), time(body.quietFrom(), "quietFrom"), time(body.quietUntil(), "quietUntil"), zone(body.zone()));
        preferences.save(saved);
        return document(preferences.preferences(email));
    }

    private static LocalTime time(String value, String field) {
        try {
            return value == null ? null : LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidValueException(field, InvalidValueException.quote(value) + " is not a time of day such as 22:00");
        }
    }

    private static ZoneId zone(String value) {
        try {
            return value == null ? null : ZoneId.of(value);
        } catch (DateTimeException e) {
            throw new InvalidValueException("zone", InvalidValueException.quote(value) + " is not a time zone such as Europe/Berlin");
        }
    }

    private static PreferencesDocument document(NotificationPreferences p) {
        TreeSet<String> channels = new TreeSet<>();
        if (p.byEmail()) {
            channels.add(EMAIL);
        }
        if (p.bySms()) {
            channels.add(SMS);
        }
        return new PreferencesDocument(channels, p.language().toLanguageTag(), p.optedOut(),
                p.quietFrom() == null ? null : p.quietFrom().toString(), p.quietUntil() == null ? null : p.quietUntil().toString(),
                p.zone() == null ? null : p.zone().getId());
    }
}
