package org.dockerlab.docker;

/** What the engine says about itself. */
public record EngineInfo(
    String host, String version, String apiVersion, String os, String arch, boolean rootless) {}
