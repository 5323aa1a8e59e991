int h(){return 1;}
