package org.dockerlab.docker;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.AccessMode;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import com.github.dockerjava.api.model.Volume;
import java.util.ArrayList;
import java.util.List;

/** Turns a {@link ContainerSpec} into docker-java's create request. */
final class ContainerRuns {
  private ContainerRuns() {}

  static CreateContainerCmd create(DockerClient client, ContainerSpec spec) {
    List<ExposedPort> exposed = new ArrayList<>();
    Ports bindings = new Ports();
    for (ContainerSpec.Port p : spec.ports()) {
      ExposedPort port = ExposedPort.tcp(p.container());
      exposed.add(port);
      bindings.bind(port, Ports.Binding.bindPort(p.host()));
    }
    List<Bind> binds =
        spec.mounts().stream()
            .map(m -> new Bind(m.host().toAbsolutePath().toString(), new Volume(m.container()), m.readOnly() ? AccessMode.ro : AccessMode.rw))
            .toList();
    List<String> env = spec.env().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).sorted().toList();
    return client
        .createContainerCmd(spec.image())
        .withName(spec.name())
        .withExposedPorts(exposed)
        .withEnv(env)
        .withLabels(spec.labels())
        .withHostConfig(HostConfig.newHostConfig().withPortBindings(bindings).withBinds(binds));
  }
}
