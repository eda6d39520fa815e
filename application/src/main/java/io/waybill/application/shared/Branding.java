package io.waybill.application.shared;

import io.waybill.domain.shared.InvalidValueException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * How a tenant's customers see its tracking page: the name shown, an accent colour, and a logo (PNG or JPEG). The
 * colour must read on white and carry white text at WCAG AA (contrast ≥ 4.5:1), because the page uses it for links,
 * the current step and buttons; a colour that would not is refused with the contrast it has.
 */
public record Branding(String displayName, String colour, Optional<Logo> logo) {

    /** The largest logo accepted, in bytes. */
    public static final int MAX_LOGO_BYTES = 100 * 1024;

    /** The contrast the colour must have against white. */
    public static final double MIN_CONTRAST = 4.5;

    private static final Pattern HEX = Pattern.compile("#[0-9a-f]{6}");

    public Branding {
        displayName = InvalidValueException.requiredText(displayName, "displayName", 100);
        colour = colour == null ? null : colour.trim().toLowerCase(Locale.ROOT);
        if (colour != null) {
            if (!HEX.matcher(colour).matches()) {
                throw new InvalidValueException("colour", InvalidValueException.quote(colour)
                        + " is not a colour like #1d4ed8 (# and six hexadecimal digits)");
            }
            double contrast = contrastWithWhite(colour);
            if (contrast < MIN_CONTRAST) {
                throw new InvalidValueException("colour", String.format(Locale.ROOT, "%s has a contrast of %.2f:1 with white;"
                        + " links and white button text need at least %.1f:1 (WCAG AA): choose a darker shade", colour,
                        contrast, MIN_CONTRAST));
            }
        }
        logo = logo == null ? Optional.empty() : logo;
    }

    /** The same branding with another logo. */
    public Branding withLogo(Logo newLogo) {
        return new Branding(displayName, colour, Optional.of(newLogo));
    }

    /** A logo: its bytes and media type, checked to be what they claim (PNG or JPEG, by their first bytes). */
    public record Logo(byte[] bytes, String mediaType) {

        public Logo {
            InvalidValueException.required(bytes, "logo");
            if (bytes.length == 0 || bytes.length > MAX_LOGO_BYTES) {
                throw new InvalidValueException("logo", "a logo is 1 byte to " + MAX_LOGO_BYTES / 1024 + " KB, not "
                        + bytes.length + " bytes");
            }
            String type = mediaType == null ? "" : mediaType.trim().toLowerCase(Locale.ROOT);
            boolean png = bytes.length > 8 && (bytes[0] & 0xFF) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G';
            boolean jpeg = bytes.length > 3 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8 && (bytes[2] & 0xFF) == 0xFF;
            if (!(type.equals("image/png") && png) && !(type.equals("image/jpeg") && jpeg)) {
                throw new InvalidValueException("logo", "a logo is a PNG (image/png) or JPEG (image/jpeg) image, and its"
                        + " bytes must be one; got " + (type.isEmpty() ? "no type" : type) + (png ? " with PNG bytes"
                        : jpeg ? " with JPEG bytes" : " with bytes of neither"));
            }
            mediaType = type;
        }
    }

    /** The WCAG 2 contrast ratio of {@code #rrggbb} with white. */
    public static double contrastWithWhite(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        double luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
        return 1.05 / (luminance + 0.05);
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
