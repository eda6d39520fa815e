package io.waybill.adapters.rest.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the tracking page's route and map in English; German in {@code messages/trackmap_de.properties}. */
@MessageBundle(value = "trackmap", locale = "en")
public interface TrackMapTexts {

    @Message("Route so far")
    String heading();

    @Message("Map of the route so far. The same places are listed below.")
    String mapLabel();

    @Message("Places are shown by town, not by address.")
    String coarse();

    @Message("Goes to")
    String destination();

    @Message("Delivered in")
    String arrivedIn();

    @Message("Your parcel is around here (approximate)")
    String aroundHere();

    @Message("Parcel {number} is around here (approximate)")
    String parcelAroundHere(int number);

    @Message("last reported")
    String reported();

    @Message("The parcel's position is shown only roughly, to within about 10 km, and no longer once it is out for delivery.")
    String roughly();
}
