# solution.sh: your answer to the dockerlab exam move-and-publish.
#
# Write the commands you would type in the lab shell, one per line, in order: docker commands
# (save, load, run, tag, push, login ...) and shell commands (mkdir, htpasswd ...). Lines starting
# with # are comments. Try it on your own machine first:
#
#     dockerlab exam move-and-publish < solution.sh
#
# then commit and push: the grading on GitHub replays this file on a fresh machine, and that is
# the grade that counts.
