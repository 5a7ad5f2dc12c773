console.log('client-notebook: not yet');
