package io.waybill.adapters.rest.pages;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The tracking page's words in English; German in {@code messages/track_de.properties}. Plain words for a customer: what
 * happened, what happens next, what to do; never a code, a carrier's own text or a person's name.
 */
@MessageBundle(value = "track", locale = "en")
public interface TrackTexts {

    @Message("Track your order")
    String title();

    @Message("Tracking ID")
    String lookupLabel();

    @Message("The 15 characters from your order confirmation, like 8D274-RBVFG-PKA54. Dashes and spaces do not matter.")
    String lookupHelp();

    @Message("Track")
    String lookupButton();

    @Message("This tracking ID has a typo: one character is wrong or two are swapped. Please compare it with your confirmation.")
    String typoCheck();

    @Message("A tracking ID has 15 characters; this one has {count}. Please compare it with your confirmation.")
    String typoLength(int count);

    @Message("\"{symbol}\" cannot appear in a tracking ID: it uses digits and the letters A to Y except U.")
    String typoSymbol(String symbol);

    @Message("This looks like a {carriers} tracking number, not a tracking ID of this page. Your tracking ID (15 characters, like"
            + " 8D274-RBVFG-PKA54) is in your order confirmation; the carrier's own website tracks the carrier's number.")
    String carrierNumber(String carriers);

    @Message("or")
    String or();

    @Message("No order has the tracking ID {id}. If you just ordered, your tracking ID works as soon as the payment is confirmed.")
    String unknown(String id);

    @Message("Tracking ID {id}")
    String trackingIdIs(String id);

    @Message("Ordered")
    String stepOrdered();

    @Message("Packed")
    String stepPacked();

    @Message("Shipped")
    String stepShipped();

    @Message("Out for delivery")
    String stepOutForDelivery();

    @Message("Delivered")
    String stepDelivered();

    @Message("done")
    String stepDone();

    @Message("now")
    String stepNow();

    @Message("Progress")
    String progress();

    @Message("Expected delivery")
    String expected();

    @Message("Promised delivery")
    String promised();

    @Message("Delivered")
    String deliveredHeading();

    @Message("{from} – {to}")
    String range(String from, String to);

    @Message("Times in {zone}")
    String timesIn(String zone);

    @Message("The carrier recorded proof of delivery:")
    String proofRecorded();

    @Message("a signature")
    String proofSignature();

    @Message("a photo taken on delivery")
    String proofPhoto();

    @Message("the name of who took it")
    String proofReceiver();

    @Message("where it was left")
    String proofPlace();

    @Message("This page shows no names, signatures or photos: the sender can show you the details.")
    String proofAsk();

    @Message("Your parcel is running late: we now expect it {range}.")
    String bannerLate(String range);

    @Message("Your parcel is taking longer than usual on its way. We are keeping an eye on it.")
    String bannerSlow();

    @Message("The carrier is holding your parcel. Delivery may take longer; the carrier will move it on as soon as it can.")
    String bannerHeld();

    @Message("The carrier could not deliver your parcel. It will try again on the next delivery day.")
    String bannerAttemptFailed();

    @Message("The carrier reports your parcel as lost. The shop has been told and will be in touch.")
    String bannerLost();

    @Message("Some items are not in stock yet. Your order ships as soon as they arrive.")
    String bannerWaitingForStock();

    @Message("What happened")
    String timeline();

    @Message("Nothing has happened yet.")
    String timelineEmpty();

    @Message("Parcel {number}")
    String parcelNumber(int number);

    @Message("Shipments")
    String shipments();

    @Message("{count} {#if count == 1}parcel{#else}parcels{/if} with {carrier}, tracking number {number}")
    String shipmentLine(int count, String carrier, String number);

    @Message("Live: this page updates itself.")
    String live();

    @Message("Deutsch")
    String otherLanguage();

    @Message("de")
    String otherLanguageCode();

    @Message("Tracking by Waybill")
    String footer();

    @Message("Order placed")
    String statusPlaced();

    @Message("Order confirmed")
    String statusConfirmed();

    @Message("Being prepared")
    String statusPreparing();

    @Message("Waiting for stock")
    String statusOnHold();

    @Message("Packed, waiting for the carrier")
    String statusPacked();

    @Message("Partly shipped")
    String statusPartiallyShipped();

    @Message("On its way")
    String statusOnItsWay();

    @Message("Out for delivery")
    String statusOutForDelivery();

    @Message("Delivery attempt failed")
    String statusAttemptFailed();

    @Message("Ready for pickup")
    String statusPickup();

    @Message("Held by the carrier")
    String statusHeld();

    @Message("Partly delivered")
    String statusPartiallyDelivered();

    @Message("Delivered")
    String statusDelivered();

    @Message("Returned to the sender")
    String statusReturned();

    @Message("Lost by the carrier")
    String statusLost();

    @Message("Cancelled")
    String statusCancelled();

    @Message("Order placed")
    String milestonePlaced();

    @Message("Payment confirmed, tracking ID issued")
    String milestoneConfirmed();

    @Message("Items reserved in the warehouse")
    String milestoneAllocated();

    @Message("Waiting for stock")
    String milestoneAllocationFailed();

    @Message("Items picked")
    String milestonePicked();

    @Message("Packed")
    String milestonePacked();

    @Message("Order cancelled")
    String milestoneCancelled();

    @Message("Handed to the carrier")
    String milestoneHandedOver();

    @Message("In transit")
    String milestoneInTransit();

    @Message("Out for delivery")
    String milestoneOutForDelivery();

    @Message("Delivery attempt failed")
    String milestoneAttemptFailed();

    @Message("Ready for pickup")
    String milestonePickup();

    @Message("Held by the carrier")
    String milestoneHeld();

    @Message("Delivered")
    String milestoneDelivered();

    @Message("Returned to the sender")
    String milestoneReturned();

    @Message("Reported lost by the carrier")
    String milestoneLost();

    @Message("How was your delivery?")
    String feedbackHeading();

    @Message("Your rating")
    String feedbackLegend();

    @Message("1 – poor")
    String rating1();

    @Message("2")
    String rating2();

    @Message("3")
    String rating3();

    @Message("4")
    String rating4();

    @Message("5 – excellent")
    String rating5();

    @Message("Anything you want to tell us (optional)")
    String feedbackComment();

    @Message("Send")
    String feedbackSend();

    @Message("Thank you: you rated this delivery {rating} of 5.")
    String feedbackThanks(int rating);

    @Message("Please choose a rating from 1 to 5.")
    String feedbackChoose();

    @Message("Your comment is too long: at most 2,000 characters.")
    String feedbackTooLong();
}
