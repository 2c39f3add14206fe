package org.dockerlab.images;

import java.util.function.Supplier;

/**
 * An image the lessons use.
 *
 * @param reference as the lessons write it, e.g. {@code registry:2}
 * @param pullable whether it exists on Docker Hub (the lab's own apps do not)
 */
public record LabImage(String reference, String description, boolean pullable, Supplier<Recipe> recipe) {}
