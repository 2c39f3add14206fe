#!/bin/sh
# The lab image's entrypoint (busybox sh). Started as root, it runs dockerlab as the owner of the learner's
# lab directory (the bind mount named by DOCKERLAB_HOME), with the group that may use the engine's socket:
# what the lab writes there stays the learner's own, and nothing runs as root that need not. It stays root
# when the lab directory is root's (docker made it for the -v because it did not exist yet) or when the
# socket is open to its owner alone. Started as another user (docker run --user), it just runs dockerlab.
lab=/opt/dockerlab/bin/dockerlab
[ "$(id -u)" = 0 ] || exec "$lab" "$@"

home=${DOCKERLAB_HOME:-}
[ -n "$home" ] && [ -d "$home" ] || exec "$lab" "$@"
uid=$(stat -c %u "$home")
gid=$(stat -c %g "$home")
if [ "$uid" = 0 ]; then
  echo "dockerlab image: $home is root's (make it yourself before docker run, to run as you): running as root" >&2
  exec "$lab" "$@"
fi

# The engine's socket, as the lab finds it: DOCKER_HOST when it names one, else the system engine's.
socket=/var/run/docker.sock
case ${DOCKER_HOST:-} in
  unix://*) socket=${DOCKER_HOST#unix://} ;;
  ?*) socket= ;;
esac
socket_group=
if [ -n "$socket" ] && [ -S "$socket" ] && [ "$(stat -c %u "$socket")" != "$uid" ]; then
  mode=$(stat -c %a "$socket")
  case $mode in
    ?6? | ?7?) socket_group=$(stat -c %g "$socket") ;;
    ??6 | ??7) ;;
    *)
      echo "dockerlab image: the engine's socket $socket is open to its owner only (mode $mode): running as root" >&2
      exec "$lab" "$@"
      ;;
  esac
fi

# The learner's user and groups in this container's /etc/passwd and /etc/group (made fresh for each container).
name=$(awk -F: -v u="$uid" '$3 == u { print $1; exit }' /etc/passwd)
if [ -z "$name" ]; then
  name=learner
  if ! echo "learner:x:$uid:$gid:learner:$home:/bin/sh" 2>/dev/null >> /etc/passwd; then
    echo "dockerlab image: cannot add the learner to /etc/passwd (a read-only container?): running as root" >&2
    exec "$lab" "$@"
  fi
fi
awk -F: -v g="$gid" '$3 == g { found = 1 } END { exit !found }' /etc/group || echo "learner:x:$gid:" >> /etc/group
if [ -n "$socket_group" ] && [ "$socket_group" != "$gid" ]; then
  if awk -F: -v g="$socket_group" '$3 == g { found = 1 } END { exit !found }' /etc/group; then
    sed -i "/^[^:]*:[^:]*:$socket_group:/ { s/:\$/:$name/; t; s/\$/,$name/ }" /etc/group
  else
    echo "docker:x:$socket_group:$name" >> /etc/group
  fi
fi

export HOME="$home" USER="$name" LOGNAME="$name"
# su sets the user's groups from /etc/group (initgroups), then its uid; -p keeps the environment.
exec su -p -s /bin/sh -c 'exec "$0" "$@"' -- "$name" "$lab" "$@"
