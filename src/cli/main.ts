process.stdout.write('debrief: not built yet\n');
