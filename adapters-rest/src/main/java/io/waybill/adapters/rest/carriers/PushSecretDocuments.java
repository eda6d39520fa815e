package io.waybill.adapters.rest.carriers;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.waybill.application.port.in.ManageCarrierPushSecrets.Issued;
import io.waybill.application.shared.CarrierPushSecret;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The push-secret endpoints' bodies: what is set, and what is shown (a fingerprint, never a stored secret). */
final class PushSecretDocuments {

    private PushSecretDocuments() {
    }

    @Schema(description = "A push secret to set: scheme (waybill, easypost, aftership), and either the secret (8 to 256"
            + " characters, as the carrier's or aggregator's dashboard shows it) or generate: true; overlap: how long the"
            + " replaced secret still verifies (ISO-8601 duration, default PT24H, at most P30D)")
    record PushSecretRequest(@Schema(required = true, examples = "aftership") String scheme,
            @Schema(examples = "a-secret-of-at-least-8-characters") String secret, Boolean generate,
            @Schema(examples = "PT24H") String overlap) {

        @Override
        public String toString() {
            return "PushSecretRequest[" + scheme + "]";
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(description = "A tenant's push secret for a carrier: never the stored secret; secret only in the answer that generated it")
    record PushSecretDocument(String tenant, String carrier, String scheme, String fingerprint, String createdAt, String pushUrl,
            PreviousDocument previous, String secret) {

        @Override
        public String toString() {
            return "PushSecretDocument[" + carrier + ", " + fingerprint + "]";
        }
    }

    @Schema(description = "The replaced secret, while it still verifies")
    record PreviousDocument(String scheme, String fingerprint, String validUntil) {
    }

    static PushSecretDocument document(CarrierPushSecret secret, String secretShownOnce) {
        PreviousDocument previous = secret.previous()
                .map(p -> new PreviousDocument(p.scheme().wire(), p.fingerprint(), p.validUntil().toString())).orElse(null);
        return new PushSecretDocument(secret.tenant().value(), secret.carrier().value(), secret.scheme().wire(), secret.fingerprint(),
                secret.createdAt().toString(), "/api/v1/carriers/" + secret.carrier().value() + "/events?tenant=" + secret.tenant().value(),
                previous, secretShownOnce);
    }

    static PushSecretDocument document(Issued issued) {
        return document(issued.secret(), issued.generated().orElse(null));
    }
}
