package io.waybill.adapters.notifications.customer;

import io.quarkus.qute.i18n.Localized;
import jakarta.enterprise.inject.Default;
import jakarta.enterprise.inject.Instance;
import java.util.Locale;

/**
 * The language a message is written in, and the texts in it.
 *
 * <p>A language is used when its message bundle has a translation ({@code messages/<bundle>_<language>.properties});
 * otherwise English, the bundles' default. Only the language counts, not the country: a customer in Austria
 * ({@code de-AT}) reads the German texts. Each channel decides with its own bundle, so a language can be added to
 * e-mail before its SMS texts are translated, and SMS then simply stays English for it.
 *
 * @param language the language written in: the requested one or {@link Locale#ENGLISH}
 * @param texts    the message bundle in that language
 */
public record Translation<T>(Locale language, T texts) {

    /**
     * @param bundles   the bundle's beans of every language (inject them with {@code @Any})
     * @param requested the customer's language
     */
    public static <T> Translation<T> of(Instance<T> bundles, Locale requested) {
        String tag = requested.getLanguage();
        if (!tag.isEmpty() && !tag.equals(Locale.ENGLISH.getLanguage())) {
            Instance<T> translated = bundles.select(Localized.Literal.of(tag));
            if (translated.isResolvable()) {
                return new Translation<>(Locale.forLanguageTag(tag), translated.get());
            }
        }
        return new Translation<>(Locale.ENGLISH, bundles.select(Default.Literal.INSTANCE).get());
    }
}
