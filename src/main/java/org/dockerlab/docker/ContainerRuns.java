package org.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.InternetProtocol;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.dockerlab.errors.LabException;

/** Turns a {@link ContainerSpec} into docker-java's create request, as the docker CLI fills it in. */
final class ContainerRuns {
  private ContainerRuns() {}

  static CreateContainerCmd create(DockerClient client, ContainerSpec spec) {
    Set<ExposedPort> exposed = new LinkedHashSet<>();
    Ports bindings = new Ports();
    for (ContainerSpec.Port p : spec.ports()) {
      ExposedPort port = new ExposedPort(p.containerPort(), InternetProtocol.parse(p.protocol()));
      exposed.add(port);
      bindings.bind(port, new Ports.Binding(p.hostIp(), p.hostPort()));
    }
    List<Bind> binds =
        spec.mounts().stream()
            .filter(m -> m.source() != null)
            .map(m -> new Bind(m.source(), new Volume(m.target()), m.readOnly() ? AccessMode.ro : AccessMode.rw))
            .toList();
    HostConfig host = HostConfig.newHostConfig().withPortBindings(bindings).withBinds(binds).withAutoRemove(spec.autoRemove());
    if (spec.restart() != null) {
      host.withRestartPolicy(restartPolicy(spec.restart()));
    }
    ContainerSpec.Streams streams = spec.streams();
    CreateContainerCmd create =
        client
            .createContainerCmd(spec.image())
            .withLabels(spec.labels())
            .withExposedPorts(List.copyOf(exposed))
            .withEnv(spec.env())
            .withTty(streams.tty())
            .withAttachStdout(streams.attached())
            .withAttachStderr(streams.attached())
            .withAttachStdin(streams.interactive() && streams.attached())
            .withStdinOpen(streams.interactive())
            .withStdInOnce(streams.interactive() && streams.attached())
            .withHostConfig(host);
    List<Volume> anonymous = spec.mounts().stream().filter(m -> m.source() == null).map(m -> new Volume(m.target())).toList();
    if (!anonymous.isEmpty()) {
      // as the CLI sends -v /path: an anonymous volume is one of the container's Volumes, not a bind
      create.withVolumes(anonymous);
    }
    if (spec.name() != null) {
      create.withName(spec.name());
    }
    if (!spec.command().isEmpty()) {
      create.withCmd(spec.command());
    }
    if (spec.entrypoint() != null) {
      create.withEntrypoint(spec.entrypoint());
    }
    if (spec.workdir() != null) {
      create.withWorkingDir(spec.workdir());
    }
    return create;
  }

  private static RestartPolicy restartPolicy(String value) {
    try {
      return RestartPolicy.parse(value);
    } catch (IllegalArgumentException e) {
      throw LabException.badInput("invalid restart policy '" + value + "': use no, always, unless-stopped or on-failure[:N]");
    }
  }
}
