package org.dockerlab.shell;

import java.util.List;

/** Plans a pipeline holding one docker command: what feeds its stdin, where its stdout goes. */
final class DockerPlanner {
  private final String line;
  private final List<Command> segments;
  private final int index;
  private final Command docker;

  DockerPlanner(String line, List<Command> segments, int index) {
    this.line = line;
    this.segments = segments;
    this.index = index;
    this.docker = segments.get(index);
  }

  Pipeline.Docker plan() {
    Words.rejectProblems(docker);
    int name = docker.nameIndex();
    if (name > 0) {
      throw new Refusal("variable assignments before docker are not supported in the lab shell;"
          + " pass settings as docker options instead (docker run -e NAME=value)", docker.start());
    }
    boolean sudo = docker.words().get(0).text().equals("sudo");
    List<String> args = docker.texts(sudo ? 2 : 1);
    Source stdin = new Source.None();
    Sink stdout = new Sink.Terminal();
    boolean merge = false;
    for (Command.Redirect r : docker.redirects()) {
      switch (r.op().op()) {
        case IN -> stdin = new Source.File(Words.single(!(stdin instanceof Source.None), r, "input"), false);
        case OUT, APPEND -> stdout = Sink.File.plain(
            Words.single(!(stdout instanceof Sink.Terminal), r, "output"), r.op().is(Op.APPEND));
        case ERR_TO_OUT -> merge = true;
        case ERR_OUT, ERR_APPEND -> throw new Refusal("redirecting docker's error output (" + r.op().text()
            + ") is not supported in the lab shell; its errors always show in the terminal", r.op().start());
        default -> throw new Refusal(r.op().text() + " is not supported on docker commands in the lab shell;"
            + " use > FILE, >> FILE, < FILE or a pipe", r.op().start());
      }
    }
    if (index > 0) {
      if (!(stdin instanceof Source.None)) {
        throw new Refusal("docker reads both a pipe and < FILE; keep one of them", docker.start());
      }
      stdin = upstream();
    }
    if (index < segments.size() - 1) {
      if (!(stdout instanceof Sink.Terminal)) {
        throw new Refusal("docker writes both to > FILE and to a pipe; keep one of them", docker.start());
      }
      stdout = downstream();
    }
    return new Pipeline.Docker(args, stdin, stdout, sudo, merge);
  }

  private Source upstream() {
    if (index == 1) {
      Source file = GzipStages.reader(segments.get(0));
      if (file != null) {
        return file;
      }
    }
    return new Source.Process(text(0, index - 1));
  }

  private Sink downstream() {
    int last = segments.size() - 1;
    if (index + 1 == last) {
      Sink file = GzipStages.compressor(segments.get(last));
      if (file != null) {
        return file;
      }
    }
    return new Sink.Process(text(index + 1, last));
  }

  private String text(int from, int to) {
    return line.substring(segments.get(from).start(), segments.get(to).end());
  }
}
