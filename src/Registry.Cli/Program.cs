Console.WriteLine("Registry CLI");
