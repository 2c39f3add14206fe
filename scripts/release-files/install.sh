#!/bin/sh
# Install dockerlab from this unpacked release:
#   ./install.sh [--prefix DIR]              default DIR: ~/.local
#   ./install.sh --uninstall [--prefix DIR]  removes what the install added, and only that
# Puts the release in DIR/lib/dockerlab, the command in DIR/bin, the man pages in DIR/share/man/man1,
# completion in DIR/share/bash-completion/completions and DIR/share/zsh/site-functions. Directories it
# had to create are listed in DIR/lib/dockerlab/.installed and removed again by --uninstall when empty.
set -eu
prefix=$HOME/.local
action=install
while [ $# -gt 0 ]; do
  case $1 in
    --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a directory" >&2; exit 2; }; prefix=$2; shift 2 ;;
    --prefix=*) prefix=${1#--prefix=}; shift ;;
    --uninstall) action=uninstall; shift ;;
    -h | --help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument: $1 (see --help)" >&2; exit 2 ;;
  esac
done
case $prefix in /*) ;; *) prefix=$(pwd)/$prefix ;; esac
here=$(cd "$(dirname "$0")" && pwd)
dest=$prefix/lib/dockerlab
record=$dest/.installed

uninstall() {
  [ -f "$record" ] || { echo "install.sh: dockerlab is not installed in $prefix" >&2; exit 2; }
  # files and links first, then the directories the install created, deepest first (only if empty)
  grep '^f ' "$record" | cut -c3- | while IFS= read -r f; do rm -f "$f"; done
  dirs=$(grep '^d ' "$record" | cut -c3- | sort -r)
  rm -rf "$dest"
  printf '%s\n' "$dirs" | while IFS= read -r d; do [ -n "$d" ] && rmdir "$d" 2>/dev/null || true; done
  echo "dockerlab removed from $prefix"
}

# mkdir -p that writes each directory it creates into the list
made=$(mktemp)
trap 'rm -f "$made"' EXIT
make_dir() {
  missing=""
  d=$1
  while [ ! -d "$d" ]; do missing="$d
$missing"; d=$(dirname "$d"); done
  printf '%s' "$missing" | while IFS= read -r m; do [ -n "$m" ] && mkdir "$m" && echo "d $m" >> "$made"; done
}

place() { # place SOURCE TARGET: a copy, recorded
  make_dir "$(dirname "$2")"
  cp "$1" "$2"
  echo "f $2" >> "$made"
}

if [ $action = uninstall ]; then
  uninstall
  exit 0
fi
if [ -e "$dest" ]; then
  [ -f "$record" ] || { echo "install.sh: $dest exists and is not an install of dockerlab: remove it first" >&2; exit 3; }
  "$0" --uninstall --prefix "$prefix" >/dev/null
fi
make_dir "$dest"
# -p: the class-data sharing archive is valid only for a jar of the time it recorded
cp -Rp "$here/bin" "$here/lib" "$here/runtime" "$here/man" "$here/completion" "$here/LESSONS.md" "$here/install.sh" "$dest/"
make_dir "$prefix/bin"
ln -s "$dest/bin/dockerlab" "$prefix/bin/dockerlab"
echo "f $prefix/bin/dockerlab" >> "$made"
for page in "$here"/man/man1/*.1; do
  place "$page" "$prefix/share/man/man1/$(basename "$page")"
done
place "$here/completion/dockerlab.bash" "$prefix/share/bash-completion/completions/dockerlab"
place "$here/completion/_dockerlab" "$prefix/share/zsh/site-functions/_dockerlab"
cp "$made" "$record"
echo "dockerlab installed in $prefix: run $prefix/bin/dockerlab (man dockerlab; completion for bash and zsh)"
case :$PATH: in *":$prefix/bin:"*) ;; *) echo "note: $prefix/bin is not on your PATH" ;; esac
