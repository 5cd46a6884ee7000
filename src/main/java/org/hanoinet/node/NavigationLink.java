package org.hanoinet.node;

/**
 * An entry of the main navigation. Each feature of the interface declares its own as a bean, so the layout
 * never has to be edited to add a page.
 *
 * @param order position in the navigation, lowest first
 * @param path where the link leads, e.g. {@code /treaty}
 * @param messageKey message key of the link's text, in every interface language
 */
public record NavigationLink(int order, String path, String messageKey) {
}
