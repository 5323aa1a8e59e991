int x(){return 3;}
