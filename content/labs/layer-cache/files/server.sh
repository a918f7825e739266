# The app's source: change this line after the first build.
echo "server version 1"
sleep 3600
