package org.dockerlab.docker;

/**
 * What the engine says about itself ({@code docker version}).
 *
 * @param host the address the lab reaches it at ({@code unix:///var/run/docker.sock})
 * @param rootless true when it is a rootless engine (its socket is under the user's runtime directory)
 */
public record EngineInfo(
    String host,
    String version,
    String apiVersion,
    String minApiVersion,
    String goVersion,
    String gitCommit,
    String os,
    String arch,
    String kernelVersion,
    boolean rootless) {}
