package io.waybill.adapters.rest.pages;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.subscription.Cancellable;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.waybill.adapters.rest.security.TenantBound;
import io.waybill.application.port.in.FollowTracking;
import io.waybill.application.port.in.OrderNotFoundException;
import io.waybill.application.port.in.RateDelivery;
import io.waybill.application.port.in.RecogniseCarrierNumbers;
import io.waybill.application.port.in.ReadBranding;
import io.waybill.application.port.in.TrackOrder;
import io.waybill.application.port.in.TrackOrder.View;
import io.waybill.domain.order.OrderStatus;
import io.waybill.domain.shared.IllegalTransitionException;
import io.waybill.domain.shared.InvalidValueException;
import io.waybill.domain.tracking.TrackingId;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The customer's "where is my order?" page: {@code /track} asks for the tracking ID, {@code /track/{id}} shows the order.
 * Server-rendered HTML that reads without scripts; with them, htmx keeps it current over server-sent events from
 * {@code /track/{id}/live}. Open to anyone with the tracking ID, and built from the public view only: no personal data.
 * English and German, by {@code ?lang=} or else {@code Accept-Language}.
 */
@TenantBound
@Path("/track")
@Produces(MediaType.TEXT_HTML)
public class TrackingPage {

    /** A burst of scans (a carrier's batch) becomes one update of an open page. */
    private static final long COALESCE_MILLIS = 150;
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(20);

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance lookup(String lang, String value, String problem);

        static native TemplateInstance page(TrackingPageModel m, String lang, TrackingRoute route, PageBrand brand,
                PageFeedback feedback);

        static native TemplateInstance page$view(TrackingPageModel m, String lang, TrackingRoute route);

        static native TemplateInstance unknown(String lang, String id);
    }

    private final TrackOrder trackOrder;
    private final FollowTracking follow;
    private final ReadBranding branding;
    private final RateDelivery rate;

    /**
     * At most one update of an open page per this much time (the last change is always sent, after the wait): a parcel's
     * page needs no fresher than seconds, and each update reads the order and renders the page again.
     */
    private final long minIntervalNanos;
    private final MapTiles tiles;

    private final RecogniseCarrierNumbers carriers;

    TrackingPage(TrackOrder trackOrder, FollowTracking follow, ReadBranding branding, RateDelivery rate,
            RecogniseCarrierNumbers carriers,
            @ConfigProperty(name = "waybill.tracking.live.min-interval", defaultValue = "PT15S") Duration minInterval,
            @ConfigProperty(name = "waybill.tracking.map.tile-url") Optional<String> tileUrl,
            @ConfigProperty(name = "waybill.tracking.map.attribution") Optional<String> attribution) {
        this.branding = branding;
        this.rate = rate;
        this.carriers = carriers;
        this.trackOrder = trackOrder;
        this.follow = follow;
        this.minIntervalNanos = minInterval.toNanos();
        this.tiles = new MapTiles(tileUrl.orElse(null), attribution.orElse(null));
    }

    @GET
    @PermitAll
    public Response lookup(@QueryParam("id") String id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accepted) {
        Locale locale = Languages.choose(lang, accepted);
        if (id == null || id.isBlank()) {
            return html(200, Templates.lookup(locale.getLanguage(), "", null), locale);
        }
        try {
            TrackingId trackingId = TrackingId.parse(id);
            return Response.seeOther(URI.create("/track/" + trackingId.formatted() + (lang == null ? "" : "?lang=" + locale.getLanguage())))
                    .build();
        } catch (InvalidValueException e) {
            return html(400, Templates.lookup(locale.getLanguage(), shown(id), CarrierNumberHints.explain(id, texts(locale), carriers)),
                    locale);
        }
    }

    @GET
    @Path("/{trackingId}")
    @PermitAll
    public Response page(@PathParam("trackingId") String id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accepted) {
        Locale locale = Languages.choose(lang, accepted);
        TrackingId trackingId;
        try {
            trackingId = TrackingId.parse(id);
        } catch (InvalidValueException e) {
            return html(400, Templates.lookup(locale.getLanguage(), shown(id), CarrierNumberHints.explain(id, texts(locale), carriers)),
                    locale);
        }
        return page(trackingId, locale, 200, null);
    }

    /**
     * The feedback form of a delivered order's page, posted from the page itself (a form from another site is refused,
     * as the browser tells by {@code Sec-Fetch-Site}). Answers with the page again: thanked, or with what to correct.
     */
    @POST
    @Path("/{trackingId}/feedback")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response feedback(@PathParam("trackingId") String id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accepted, @HeaderParam("Sec-Fetch-Site") String fetchSite,
            @FormParam("rating") String rating, @FormParam("comment") String comment) {
        Locale locale = Languages.choose(lang, accepted);
        TrackingId trackingId;
        try {
            trackingId = TrackingId.parse(id);
        } catch (InvalidValueException e) {
            return html(400, Templates.lookup(locale.getLanguage(), shown(id), CarrierNumberHints.explain(id, texts(locale), carriers)),
                    locale);
        }
        if (fetchSite != null && !fetchSite.equals("same-origin") && !fetchSite.equals("none")) {
            return Response.status(403).type(MediaType.TEXT_PLAIN).entity("This form came from another site and was refused.")
                    .build();
        }
        TrackTexts t = texts(locale);
        int stars;
        try {
            stars = Integer.parseInt(rating == null ? "" : rating.strip());
        } catch (NumberFormatException e) {
            return page(trackingId, locale, 400, t.feedbackChoose());
        }
        try {
            rate.rate(trackingId, stars, comment == null || comment.isBlank() ? null : comment);
        } catch (OrderNotFoundException e) {
            return html(404, Templates.unknown(locale.getLanguage(), trackingId.formatted()), locale);
        } catch (IllegalTransitionException e) {
            // rated already, or not delivered: the page shows which
            return page(trackingId, locale, 409, null);
        } catch (InvalidValueException e) {
            return page(trackingId, locale, 400, "comment".equals(e.field()) ? t.feedbackTooLong() : t.feedbackChoose());
        }
        return Response.seeOther(URI.create("/track/" + trackingId.formatted() + "?lang=" + locale.getLanguage() + "#feedback"))
                .build();
    }

    private Response page(TrackingId trackingId, Locale locale, int status, String problem) {
        Optional<View> view = trackOrder.track(trackingId);
        return view.isPresent()
                ? html(status, Templates.page(model(view.get(), locale), locale.getLanguage(), route(view.get(), locale),
                        PageBrand.of(branding.ofTracking(trackingId), trackingId.formatted()),
                        PageFeedback.of(view.get().status() == OrderStatus.DELIVERED
                                || view.get().status() == OrderStatus.PARTIALLY_DELIVERED,
                                () -> rate.givenRating(trackingId), problem)), locale)
                : html(404, Templates.unknown(locale.getLanguage(), trackingId.formatted()), locale);
    }

    /**
     * The page's view fragment, sent again whenever the order changes ({@code event: view}), and a comment every 20 s so
     * proxies keep the connection and a closed one is noticed. An unknown or closed order's stream ends at once.
     */
    @GET
    @Path("/{trackingId}/live")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @PermitAll
    public Multi<OutboundSseEvent> live(@PathParam("trackingId") String id, @QueryParam("lang") String lang,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String accepted, @Context Sse sse) {
        Locale locale = Languages.choose(lang, accepted);
        TrackingId trackingId = TrackingId.parse(id);
        return Multi.createFrom().<OutboundSseEvent>emitter(emitter -> {
            Runnable changed = new Coalesced(minIntervalNanos, COALESCE_MILLIS, () -> trackOrder.track(trackingId)
                    .ifPresent(v -> emitter.emit(sse.newEventBuilder().name("view")
                            .data(Templates.page$view(model(v, locale), locale.getLanguage(), route(v, locale)).setLocale(locale)
                                    .render()).build())));
            Optional<FollowTracking.Following> following = follow.follow(trackingId, changed);
            if (following.isEmpty()) {
                emitter.complete();
                return;
            }
            Cancellable keepAlive = Multi.createFrom().ticks().every(KEEP_ALIVE).subscribe()
                    .with(tick -> emitter.emit(sse.newEventBuilder().comment("still here").build()));
            emitter.onTermination(() -> {
                keepAlive.cancel();
                following.get().close();
            });
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool()); // finding the order reads the database: not on the event loop
    }

    private static TrackingPageModel model(View view, Locale locale) {
        return TrackingPageModel.of(view, texts(locale), locale);
    }

    private TrackingRoute route(View view, Locale locale) {
        return TrackingRoute.of(view, locale, tiles);
    }

    private static TrackTexts texts(Locale locale) {
        return MessageBundles.get(TrackTexts.class, Localized.Literal.of(locale.getLanguage()));
    }

    /** What the customer typed, shown back in the form: trimmed to what a tracking ID could be. */
    private static String shown(String typed) {
        String trimmed = typed.strip();
        return trimmed.length() > 40 ? trimmed.substring(0, 40) : trimmed;
    }

    private static Response html(int status, TemplateInstance page, Locale locale) {
        return Response.status(status).entity(page.setLocale(locale)).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .header(HttpHeaders.CONTENT_LANGUAGE, locale.getLanguage())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .header("Cache-Control", "no-cache")
                .build();
    }
}
