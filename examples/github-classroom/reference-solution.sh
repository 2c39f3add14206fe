# reference-solution.sh: one answer to the exam move-and-publish, for the teacher only (keep it out
# of the assignment's template). Push it to a test copy of the assignment to see the workflow give
# full marks; dockerlab's own tests replay it against a real engine (GitHubClassroomExampleIT).

# carry-archive
docker save myapp | gzip > myapp.tar.gz
docker rmi myapp
docker load --input myapp.tar.gz

# secure-registry
mkdir -p auth
htpasswd -Bbn manu manu > auth/htpasswd
docker run -d -p 5000:5000 --name registry -v ./auth:/auth -e REGISTRY_AUTH=htpasswd -e REGISTRY_AUTH_HTPASSWD_REALM=Registry -e REGISTRY_AUTH_HTPASSWD_PATH=/auth/htpasswd registry:2

# login
echo manu | docker login -u manu --password-stdin localhost:5000

# publish
docker tag myapp localhost:5000/myapp
docker push localhost:5000/myapp

# run-from-registry
docker rmi localhost:5000/myapp
docker run -d -p 8080:8080 --name myapp localhost:5000/myapp
