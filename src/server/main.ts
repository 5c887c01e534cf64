process.stdout.write('server: not built yet\n');
