package io.waybill.domain.tracking;

import io.waybill.domain.shared.InvalidValueException;
import org.jmolecules.ddd.types.ValueObject;

/**
 * Evidence that a shipment reached its receiver. Holds personal data (the receiver's name, where it
 * was handed over): never shown in the public tracking view.
 */
public record ProofOfDelivery(String receivedBy, String signatureRef, String photoRef, GeoPoint position)
        implements ValueObject {

    public ProofOfDelivery {
        receivedBy = InvalidValueException.optionalText(receivedBy, "proofOfDelivery.receivedBy", 128);
        signatureRef = InvalidValueException.optionalText(signatureRef, "proofOfDelivery.signatureRef", 512);
        photoRef = InvalidValueException.optionalText(photoRef, "proofOfDelivery.photoRef", 512);
        if (receivedBy == null && signatureRef == null && photoRef == null && position == null) {
            throw new InvalidValueException("proofOfDelivery", "needs a receiver name, a signature, a photo or a position");
        }
    }

    public boolean hasSignature() {
        return signatureRef != null;
    }

    public boolean hasPhoto() {
        return photoRef != null;
    }
}
